-- Coverage reads (round, path prefix, status) for a whole county: with status in the index it is an
-- index-only scan; varchar_pattern_ops makes the prefix LIKE usable under a non-C collation.
CREATE INDEX household_visit_round_path_idx ON household_visit (round_id, jurisdiction_path varchar_pattern_ops, status);
CREATE INDEX screening_round_path_idx ON screening_round (jurisdiction_path varchar_pattern_ops);
