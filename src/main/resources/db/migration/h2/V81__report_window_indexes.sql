-- The daily report counts what each module recorded in a 16:00-to-16:00 window: an index per instant it
-- counts by with the path beside it, for a county's report (the window's rows, whatever the area), and,
-- where a table is large, the path first, for a village's (the area's rows in the window). H2 has no
-- partial indexes, included columns nor operator classes; the PostgreSQL V81 has the same keys.
CREATE INDEX arrival_registered_idx ON arrival (registered_at, jurisdiction_path);
CREATE INDEX arrival_path_registered_idx ON arrival (jurisdiction_path, registered_at);
CREATE INDEX case_contact_created_idx ON case_contact (created_at, jurisdiction_path);
CREATE INDEX case_status_change_changed_idx ON case_status_change (changed_at, jurisdiction_path);
CREATE INDEX case_status_change_path_changed_idx ON case_status_change (jurisdiction_path, changed_at);
CREATE INDEX observation_open_idx ON observation (status, jurisdiction_path);
CREATE INDEX observation_released_idx ON observation (released_on, jurisdiction_path);
CREATE INDEX health_alert_opened_idx ON health_alert (opened_at, jurisdiction_path);
CREATE INDEX health_alert_closed_idx ON health_alert (closed_at, jurisdiction_path);
CREATE INDEX site_stay_checked_out_idx ON site_stay (checked_out_at, jurisdiction_path);
CREATE INDEX list_entry_verified_idx ON list_entry (verified_at, jurisdiction_path);
CREATE INDEX list_entry_path_verified_idx ON list_entry (jurisdiction_path, verified_at);
CREATE INDEX household_visit_visited_idx ON household_visit (visited_at, jurisdiction_path);
CREATE INDEX household_visit_path_visited_idx ON household_visit (jurisdiction_path, visited_at);
CREATE INDEX checkin_alert_opened_idx ON checkin_alert (opened_at, jurisdiction_path);
