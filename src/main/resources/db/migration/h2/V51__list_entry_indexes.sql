-- H2 has no partial indexes; the same keys serve the same queries.
CREATE INDEX list_entry_list_path_idx ON list_entry (list_id, jurisdiction_path);
CREATE INDEX list_entry_open_path_idx ON list_entry (jurisdiction_path, deadline);
