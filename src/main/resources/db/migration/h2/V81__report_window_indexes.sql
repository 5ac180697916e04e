-- The daily report counts what each module recorded in a 16:00-to-16:00 window: one index per instant
-- it counts by, the path beside it so that the scope is checked in the index. H2 has no partial indexes
-- nor operator classes; the PostgreSQL V81 has the same keys.
CREATE INDEX arrival_registered_idx ON arrival (registered_at, jurisdiction_path);
CREATE INDEX arrival_path_registered_idx ON arrival (jurisdiction_path, registered_at);
CREATE INDEX case_contact_created_idx ON case_contact (created_at, jurisdiction_path);
CREATE INDEX case_status_change_changed_idx ON case_status_change (changed_at, jurisdiction_path);
CREATE INDEX case_status_change_path_changed_idx ON case_status_change (jurisdiction_path, changed_at);
CREATE INDEX observation_created_idx ON observation (created_at, jurisdiction_path);
CREATE INDEX observation_released_idx ON observation (released_on, jurisdiction_path);
CREATE INDEX health_alert_opened_idx ON health_alert (opened_at, jurisdiction_path);
CREATE INDEX health_alert_closed_idx ON health_alert (closed_at, jurisdiction_path);
CREATE INDEX site_stay_checked_in_idx ON site_stay (checked_in_at, jurisdiction_path);
CREATE INDEX site_stay_checked_out_idx ON site_stay (checked_out_at, jurisdiction_path);
CREATE INDEX list_entry_verified_idx ON list_entry (verified_at, jurisdiction_path);
CREATE INDEX household_visit_visited_idx ON household_visit (visited_at, jurisdiction_path);
CREATE INDEX checkin_alert_opened_idx ON checkin_alert (opened_at, jurisdiction_path);
