CREATE INDEX health_case_path_idx ON health_case (jurisdiction_path, status);
CREATE INDEX case_status_change_path_idx ON case_status_change (change_date, jurisdiction_path);
CREATE INDEX checkin_unit_path_idx ON checkin_unit (jurisdiction_path);
