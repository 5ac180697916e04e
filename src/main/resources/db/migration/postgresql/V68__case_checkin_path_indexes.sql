-- Every query is scoped by a path prefix; under a non-C collation only varchar_pattern_ops serves LIKE.
CREATE INDEX health_case_path_idx ON health_case (jurisdiction_path varchar_pattern_ops, status);
CREATE INDEX case_status_change_path_idx ON case_status_change (change_date, jurisdiction_path varchar_pattern_ops);
CREATE INDEX checkin_unit_path_idx ON checkin_unit (jurisdiction_path varchar_pattern_ops);
