-- The daily report counts what each module recorded in a 16:00-to-16:00 window: one index per instant
-- it counts by, the path beside it so that the scope is checked in the index, not on the table's rows.
-- Where the scope leads, varchar_pattern_ops makes the prefix LIKE usable under a non-C collation.
CREATE INDEX arrival_registered_idx ON arrival (registered_at, jurisdiction_path);
CREATE INDEX arrival_path_registered_idx ON arrival (jurisdiction_path varchar_pattern_ops, registered_at);
CREATE INDEX case_contact_created_idx ON case_contact (created_at, jurisdiction_path);
CREATE INDEX case_status_change_changed_idx ON case_status_change (changed_at, jurisdiction_path);
CREATE INDEX case_status_change_path_changed_idx ON case_status_change (jurisdiction_path varchar_pattern_ops, changed_at);
CREATE INDEX observation_created_idx ON observation (created_at, jurisdiction_path);
CREATE INDEX observation_released_idx ON observation (released_on, jurisdiction_path) WHERE released_on IS NOT NULL;
CREATE INDEX health_alert_opened_idx ON health_alert (opened_at, jurisdiction_path);
CREATE INDEX health_alert_closed_idx ON health_alert (closed_at, jurisdiction_path) WHERE closed_at IS NOT NULL;
CREATE INDEX site_stay_checked_in_idx ON site_stay (checked_in_at, jurisdiction_path);
CREATE INDEX site_stay_checked_out_idx ON site_stay (checked_out_at, jurisdiction_path) WHERE checked_out_at IS NOT NULL;
-- A million entries a list, most never verified on a given day: only the verified ones are indexed.
CREATE INDEX list_entry_verified_idx ON list_entry (verified_at, jurisdiction_path) WHERE verified_at IS NOT NULL;
CREATE INDEX household_visit_visited_idx ON household_visit (visited_at, jurisdiction_path) WHERE visited_at IS NOT NULL;
CREATE INDEX checkin_alert_opened_idx ON checkin_alert (opened_at, jurisdiction_path);
