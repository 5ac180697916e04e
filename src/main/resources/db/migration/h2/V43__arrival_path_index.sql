-- H2 serves LIKE 'prefix%' from an ordinary index.
CREATE INDEX arrival_path_idx ON arrival (jurisdiction_path, arrival_date);
