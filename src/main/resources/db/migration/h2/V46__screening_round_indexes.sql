-- H2 serves LIKE 'prefix%' from ordinary indexes.
CREATE INDEX household_visit_round_path_idx ON household_visit (round_id, jurisdiction_path, status);
CREATE INDEX screening_round_path_idx ON screening_round (jurisdiction_path);
