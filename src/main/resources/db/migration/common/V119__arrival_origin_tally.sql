-- Arrivals counted for every place of the tree (each row the arrivals at or under it), by the class of
-- where they came from (Wuhan, the rest of Hubei, other risk areas, elsewhere: arrivals.ArrivalFigures.Origin)
-- and the hour they were registered in (whole hours since the epoch, UTC): the chart's month of a county
-- reads the county's few thousand rows instead of the month's 100,000 arrivals. Moved by each registration
-- and by each re-assessment that moves an arrival between other risk areas and elsewhere, in its
-- transaction, and by the tree's moves (shared.SubtreeTally); a test recounts it.
CREATE TABLE arrival_origin_tally (
  jurisdiction_path VARCHAR(400) NOT NULL,
  origin_class      VARCHAR(12)  NOT NULL,
  registered_hour   BIGINT       NOT NULL,
  n                 BIGINT       NOT NULL,
  PRIMARY KEY (jurisdiction_path, origin_class, registered_hour),
  CONSTRAINT arrival_origin_tally_class_known CHECK (origin_class IN ('WUHAN', 'HUBEI', 'RISK_AREA', 'ELSEWHERE'))
);

-- The arrivals counted at their own place, then at each place above it (a path less its last code), the
-- root left out. The classes as arrivals.ArrivalFigures.Origin.SQL writes them.
INSERT INTO arrival_origin_tally (jurisdiction_path, origin_class, registered_hour, n)
WITH RECURSIVE own (jurisdiction_path, origin_class, registered_hour, n) AS (
  SELECT jurisdiction_path, origin_class, registered_hour, COUNT(*) FROM (
    SELECT jurisdiction_path,
      CASE WHEN origin_code LIKE '4201%' THEN 'WUHAN' WHEN origin_code LIKE '42%' THEN 'HUBEI'
        WHEN risk_level IN ('HIGH', 'MEDIUM') THEN 'RISK_AREA' ELSE 'ELSEWHERE' END AS origin_class,
      CAST(FLOOR(CAST(EXTRACT(EPOCH FROM registered_at) AS DOUBLE PRECISION) / 3600) AS BIGINT) AS registered_hour
    FROM arrival
  ) arrivals GROUP BY jurisdiction_path, origin_class, registered_hour
), up (place, holder) AS (
  SELECT DISTINCT CAST(jurisdiction_path AS VARCHAR(400)), CAST(jurisdiction_path AS VARCHAR(400)) FROM own
  UNION ALL
  SELECT place, CAST(REGEXP_REPLACE(holder, '[^/]+/$', '') AS VARCHAR(400)) FROM up WHERE holder LIKE '/%/%/'
)
SELECT up.holder, own.origin_class, own.registered_hour, SUM(own.n)
FROM own JOIN up ON up.place = own.jurisdiction_path
GROUP BY up.holder, own.origin_class, own.registered_hour;
