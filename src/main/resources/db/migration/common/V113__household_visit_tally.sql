-- Household visits counted for every place of the tree (each row the visits at or under it), by what is
-- counted (the households screened at their door, the returnees they found) and the hour of the visit
-- (whole hours since the epoch, UTC): the chart's month of a county reads the county's few hundred rows
-- instead of the month's 300,000 visits. Moved by each visit's outcome, correction and reopening in its
-- transaction and by the tree's moves (shared.SubtreeTally); a test recounts it.
CREATE TABLE household_visit_tally (
  jurisdiction_path VARCHAR(400) NOT NULL,
  figure            VARCHAR(12)  NOT NULL,
  visited_hour      BIGINT       NOT NULL,
  n                 BIGINT       NOT NULL,
  PRIMARY KEY (jurisdiction_path, figure, visited_hour),
  CONSTRAINT household_visit_tally_figure_known CHECK (figure IN ('HOUSEHOLDS', 'RETURNEES'))
);

INSERT INTO household_visit_tally (jurisdiction_path, figure, visited_hour, n)
WITH RECURSIVE own (jurisdiction_path, figure, visited_hour, n) AS (
  SELECT jurisdiction_path, figure, visited_hour, SUM(n) FROM (
    SELECT jurisdiction_path, 'HOUSEHOLDS' AS figure, 1 AS n,
      CAST(FLOOR(CAST(EXTRACT(EPOCH FROM visited_at) AS DOUBLE PRECISION) / 3600) AS BIGINT) AS visited_hour
    FROM household_visit WHERE status IN ('VISITED_NO_RETURNEES', 'VISITED_WITH_RETURNEES') AND visited_at IS NOT NULL
    UNION ALL
    SELECT jurisdiction_path, 'RETURNEES' AS figure, returnees AS n,
      CAST(FLOOR(CAST(EXTRACT(EPOCH FROM visited_at) AS DOUBLE PRECISION) / 3600) AS BIGINT) AS visited_hour
    FROM household_visit WHERE status IN ('VISITED_NO_RETURNEES', 'VISITED_WITH_RETURNEES') AND visited_at IS NOT NULL
      AND returnees > 0
  ) visits GROUP BY jurisdiction_path, figure, visited_hour
), up (place, holder) AS (
  SELECT DISTINCT CAST(jurisdiction_path AS VARCHAR(400)), CAST(jurisdiction_path AS VARCHAR(400)) FROM own
  UNION ALL
  SELECT place, CAST(REGEXP_REPLACE(holder, '[^/]+/$', '') AS VARCHAR(400)) FROM up WHERE holder LIKE '/%/%/'
)
SELECT up.holder, own.figure, own.visited_hour, SUM(own.n)
FROM own JOIN up ON up.place = own.jurisdiction_path
GROUP BY up.holder, own.figure, own.visited_hour;
