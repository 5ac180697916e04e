-- Observation orders counted for every place of the tree (each row the orders at or under it), by kind,
-- the hour they were made in (whole hours since the epoch, UTC) and the date they were released on
-- (9999-12-31 while open): the chart's month of a county reads the county's few thousand rows instead of
-- the hundreds of thousands of orders standing or released in it. Moved by each order's making and
-- release in its transaction and by the tree's moves (shared.SubtreeTally); a test recounts it.
CREATE TABLE observation_tally (
  jurisdiction_path VARCHAR(400) NOT NULL,
  released_on       DATE         NOT NULL,
  kind              VARCHAR(8)   NOT NULL,
  created_hour      BIGINT       NOT NULL,
  n                 BIGINT       NOT NULL,
  PRIMARY KEY (jurisdiction_path, released_on, kind, created_hour)
);

-- The orders counted at their own place, then at each place above it (a path less its last code), the
-- root left out.
INSERT INTO observation_tally (jurisdiction_path, released_on, kind, created_hour, n)
WITH RECURSIVE own (jurisdiction_path, released_on, kind, created_hour, n) AS (
  SELECT jurisdiction_path, released_on, kind, created_hour, COUNT(*) FROM (
    SELECT jurisdiction_path, COALESCE(released_on, DATE '9999-12-31') AS released_on, kind,
      CAST(FLOOR(CAST(EXTRACT(EPOCH FROM created_at) AS DOUBLE PRECISION) / 3600) AS BIGINT) AS created_hour
    FROM observation
  ) orders GROUP BY jurisdiction_path, released_on, kind, created_hour
), up (place, holder) AS (
  SELECT DISTINCT CAST(jurisdiction_path AS VARCHAR(400)), CAST(jurisdiction_path AS VARCHAR(400)) FROM own
  UNION ALL
  SELECT place, CAST(REGEXP_REPLACE(holder, '[^/]+/$', '') AS VARCHAR(400)) FROM up WHERE holder LIKE '/%/%/'
)
SELECT up.holder, own.released_on, own.kind, own.created_hour, SUM(own.n)
FROM own JOIN up ON up.place = own.jurisdiction_path
GROUP BY up.holder, own.released_on, own.kind, own.created_hour;
