-- Every arrival query is scoped by a path prefix; under a non-C collation only varchar_pattern_ops serves LIKE.
CREATE INDEX arrival_path_idx ON arrival (jurisdiction_path varchar_pattern_ops, arrival_date);
