-- A list's entries by area (progress, export), and a worker's open entries across lists: only the open
-- ones are indexed for the worker, so the index shrinks as the grids verify.
CREATE INDEX list_entry_list_path_idx ON list_entry (list_id, jurisdiction_path varchar_pattern_ops);
CREATE INDEX list_entry_open_path_idx ON list_entry (jurisdiction_path varchar_pattern_ops, deadline)
  WHERE outcome IS NULL;
