-- Verified list entries counted for every place of the tree (each row the entries at or under it), by
-- list, verification category and the hour verified (whole hours since the epoch, UTC): the chart's month
-- of a county reads the county's rows instead of the month's verified entries (120,000 for four lists).
-- Moved by each verdict (a correction moves it from the old category and hour) in its transaction, by a
-- list's entries deleted and by the tree's moves (shared.SubtreeTally); a test recounts it.
CREATE TABLE list_entry_tally (
  jurisdiction_path VARCHAR(400) NOT NULL,
  list_id           BIGINT       NOT NULL,
  outcome           VARCHAR(32)  NOT NULL,
  verified_hour     BIGINT       NOT NULL,
  n                 BIGINT       NOT NULL,
  PRIMARY KEY (jurisdiction_path, list_id, outcome, verified_hour)
);

INSERT INTO list_entry_tally (jurisdiction_path, list_id, outcome, verified_hour, n)
WITH RECURSIVE own (jurisdiction_path, list_id, outcome, verified_hour, n) AS (
  SELECT jurisdiction_path, list_id, outcome, verified_hour, COUNT(*) FROM (
    SELECT jurisdiction_path, list_id, outcome,
      CAST(FLOOR(CAST(EXTRACT(EPOCH FROM verified_at) AS DOUBLE PRECISION) / 3600) AS BIGINT) AS verified_hour
    FROM list_entry WHERE outcome IS NOT NULL AND verified_at IS NOT NULL
  ) verified GROUP BY jurisdiction_path, list_id, outcome, verified_hour
), up (place, holder) AS (
  SELECT DISTINCT CAST(jurisdiction_path AS VARCHAR(400)), CAST(jurisdiction_path AS VARCHAR(400)) FROM own
  UNION ALL
  SELECT place, CAST(REGEXP_REPLACE(holder, '[^/]+/$', '') AS VARCHAR(400)) FROM up WHERE holder LIKE '/%/%/'
)
SELECT up.holder, own.list_id, own.outcome, own.verified_hour, SUM(own.n)
FROM own JOIN up ON up.place = own.jurisdiction_path
GROUP BY up.holder, own.list_id, own.outcome, own.verified_hour;
