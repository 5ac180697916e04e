-- The foreign keys of occupants, client ids and follow-ups to the partitioned checkpoint_passage are checked by
-- a query (id = ? AND passed_on = ?) planned afresh for every check with the values given. The statistics of a
-- month's partition know only the days analysed; today is not among them until autovacuum analyses again
-- (hours later, at 10 % more rows), so today is estimated at one passage, which ties the scope index
-- (passed_on, jurisdiction_path) with the primary key, and the planner took the scope index: every check then
-- read every passage of the day (10 ms a check at 80,000 passages; batches fell to 140 passages a second).
-- The same index made partial on a condition every scope query implies (a LIKE on the path is strict) and the
-- check does not: the check can only take the primary key, the scope queries take this one as before.
CREATE INDEX checkpoint_passage_scope_idx ON checkpoint_passage (passed_on, jurisdiction_path varchar_pattern_ops)
  WHERE jurisdiction_path IS NOT NULL;
DROP INDEX checkpoint_passage_path_idx;
