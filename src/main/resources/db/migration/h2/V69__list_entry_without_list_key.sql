-- Entries no longer check their list through a foreign key (see the PostgreSQL V69 for why). V50 left
-- the key unnamed; H2 named it from the table and the names taken before it, the same on every
-- database built by these migrations. No IF EXISTS: a different name must fail here, not leave the key.
ALTER TABLE list_entry DROP CONSTRAINT "CONSTRAINT_296";
