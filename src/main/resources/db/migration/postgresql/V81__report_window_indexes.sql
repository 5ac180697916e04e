-- The daily report counts what each module recorded in a 16:00-to-16:00 window: an index per instant it
-- counts by with the path beside it, for a county's report (the window's rows, whatever the area), and,
-- where a table is large, the path first, for a village's (the area's rows in the window). Where the
-- path leads, varchar_pattern_ops makes the prefix LIKE usable under a non-C collation; the columns a
-- count reads are included, so that it reads the index only. Rows without the instant (entries not yet
-- verified, households not yet visited) are left out: a list's import and a round's opening, which write
-- hundreds of thousands of rows at once, pay nothing for these indexes.
CREATE INDEX arrival_registered_idx ON arrival (registered_at, jurisdiction_path) INCLUDE (origin_code, risk_level);
CREATE INDEX arrival_path_registered_idx ON arrival (jurisdiction_path varchar_pattern_ops, registered_at)
  INCLUDE (origin_code, risk_level);
CREATE INDEX case_contact_created_idx ON case_contact (created_at, jurisdiction_path);
CREATE INDEX case_status_change_changed_idx ON case_status_change (changed_at, jurisdiction_path);
CREATE INDEX case_status_change_path_changed_idx ON case_status_change (jurisdiction_path varchar_pattern_ops, changed_at);
-- Orders standing at a window's end: the open ones, and those released since.
CREATE INDEX observation_open_idx ON observation (jurisdiction_path varchar_pattern_ops) INCLUDE (kind, created_at)
  WHERE status = 'OPEN';
CREATE INDEX observation_released_idx ON observation (released_on, jurisdiction_path) INCLUDE (kind, created_at)
  WHERE released_on IS NOT NULL;
CREATE INDEX health_alert_opened_idx ON health_alert (opened_at, jurisdiction_path);
CREATE INDEX health_alert_closed_idx ON health_alert (closed_at, jurisdiction_path) WHERE closed_at IS NOT NULL;
CREATE INDEX site_stay_checked_out_idx ON site_stay (checked_out_at, jurisdiction_path) WHERE checked_out_at IS NOT NULL;
CREATE INDEX list_entry_verified_idx ON list_entry (verified_at, jurisdiction_path) INCLUDE (outcome)
  WHERE verified_at IS NOT NULL;
CREATE INDEX list_entry_path_verified_idx ON list_entry (jurisdiction_path varchar_pattern_ops, verified_at)
  INCLUDE (outcome) WHERE verified_at IS NOT NULL;
CREATE INDEX household_visit_visited_idx ON household_visit (visited_at, jurisdiction_path) INCLUDE (status, returnees)
  WHERE visited_at IS NOT NULL;
CREATE INDEX household_visit_path_visited_idx ON household_visit (jurisdiction_path varchar_pattern_ops, visited_at)
  INCLUDE (status, returnees) WHERE visited_at IS NOT NULL;
CREATE INDEX checkin_alert_opened_idx ON checkin_alert (opened_at, jurisdiction_path);
