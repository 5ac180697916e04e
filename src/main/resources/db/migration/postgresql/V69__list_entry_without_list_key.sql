-- Entries no longer check their list through a foreign key. The check is a per-row trigger that reads
-- and share-locks the list's row: at a million entries per list it cost more than either index (about
-- a third of the set insert in psql), to guard a reference only the list's own import job ever writes,
-- after the list's row committed, and nothing deletes lists. H2 drops the same key in its V69.
ALTER TABLE list_entry DROP CONSTRAINT list_entry_list_id_fkey;
