-- Where an arrival was found: the pushed-list entry a grid verified as newly found, beside the round
-- and household visit columns V40 already has. The entry's page shows the arrival through it, and a
-- visit's returnee count is the number of persons registered from it, hence the two indexes.
ALTER TABLE arrival ADD COLUMN list_entry_id BIGINT;
CREATE INDEX arrival_list_entry_idx ON arrival (list_entry_id);
CREATE INDEX arrival_visit_idx ON arrival (visit_id);
