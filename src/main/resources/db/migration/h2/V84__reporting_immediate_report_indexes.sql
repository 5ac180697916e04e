-- The indexes of V82's immediate reports (H2 has no partial index; PostgreSQL's V84 has one for the open reports).
CREATE INDEX immediate_report_path_idx ON immediate_report (jurisdiction_path, acknowledged_at);
CREATE INDEX immediate_fever_alert_path_idx ON immediate_fever_alert (jurisdiction_path, raised_at);
