-- The indexes of V82's immediate reports: the paths serve a prefix LIKE under any collation, and the open
-- reports have a partial index of their own, which H2 does not know.
CREATE INDEX immediate_report_path_idx ON immediate_report (jurisdiction_path varchar_pattern_ops);
-- Every page a township or HQ user opens counts the open reports of their area: only the open ones are indexed.
CREATE INDEX immediate_report_open_idx ON immediate_report (jurisdiction_path varchar_pattern_ops)
  WHERE acknowledged_at IS NULL;
CREATE INDEX immediate_fever_alert_path_idx ON immediate_fever_alert (jurisdiction_path varchar_pattern_ops, raised_at);
