-- The area's passages of a day are counted by path prefix; under a non-C collation only varchar_pattern_ops serves LIKE.
CREATE INDEX checkpoint_passage_path_idx ON checkpoint_passage (passed_on, jurisdiction_path varchar_pattern_ops);
