-- Subtree queries are LIKE 'prefix%'; under a non-C collation only a pattern_ops index serves them.
CREATE INDEX jurisdiction_path_prefix_idx ON jurisdiction (path varchar_pattern_ops);
CREATE INDEX division_name_prefix_idx ON division (name varchar_pattern_ops);
