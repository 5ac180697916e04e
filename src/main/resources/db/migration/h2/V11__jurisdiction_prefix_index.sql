-- H2 uses the unique index on path for prefix LIKE; only the name lookup needs one.
CREATE INDEX division_name_prefix_idx ON division (name);
