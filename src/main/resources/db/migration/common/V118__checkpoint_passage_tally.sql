-- The passages of each checkpoint counted by the hour they passed in (whole hours since the epoch, UTC), with
-- what the daily report counts of them: a county's day then reads its checkpoints' 24 rows each instead of the
-- day's passages (166,000 a day at 10 million). Moved by each stored passage in its transaction
-- (checkpoint.PassageDatabase); keyed by checkpoint, whose place the figures read, so that a tree move moves
-- nothing here. A test recounts it from the passages.
CREATE TABLE checkpoint_passage_tally (
  checkpoint_id BIGINT NOT NULL REFERENCES checkpoint (id),
  passed_hour   BIGINT NOT NULL,
  passages      BIGINT NOT NULL,
  vehicles      BIGINT NOT NULL,
  persons       BIGINT NOT NULL,
  fevers        BIGINT NOT NULL,
  turned_back   BIGINT NOT NULL,
  referrals     BIGINT NOT NULL,
  PRIMARY KEY (checkpoint_id, passed_hour)
);

CREATE INDEX checkpoint_passage_tally_hour_idx ON checkpoint_passage_tally (passed_hour);

INSERT INTO checkpoint_passage_tally (checkpoint_id, passed_hour, passages, vehicles, persons, fevers, turned_back,
  referrals)
SELECT checkpoint_id, passed_hour, COUNT(*), SUM(vehicle), SUM(occupant_count), SUM(fever_count), SUM(turned_back),
  SUM(referral)
FROM (
  SELECT checkpoint_id, occupant_count, fever_count,
    CAST(FLOOR(CAST(EXTRACT(EPOCH FROM passed_at) AS DOUBLE PRECISION) / 3600) AS BIGINT) AS passed_hour,
    CASE WHEN vehicle_type <> 'ON_FOOT' THEN 1 ELSE 0 END AS vehicle,
    CASE WHEN outcome = 'TURNED_BACK' THEN 1 ELSE 0 END AS turned_back,
    CASE WHEN outcome IN ('REFERRED_OBSERVATION', 'REFERRED_FEVER_CLINIC') THEN 1 ELSE 0 END AS referral
  FROM checkpoint_passage
) passed
GROUP BY checkpoint_id, passed_hour;
