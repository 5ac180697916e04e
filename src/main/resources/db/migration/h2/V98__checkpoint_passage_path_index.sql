-- The area's passages of a day are counted by path prefix.
CREATE INDEX checkpoint_passage_path_idx ON checkpoint_passage (passed_on, jurisdiction_path);
