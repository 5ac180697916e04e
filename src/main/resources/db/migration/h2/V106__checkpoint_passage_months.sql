-- In both vendor folders. PostgreSQL partitions checkpoint_passage by month; H2 keeps one plain table and its keys,
-- and takes the same columns and tables: a client id unique across every month in checkpoint_passage_client_id,
-- and the passage's passed_on kept with its occupants and follow-ups (PostgreSQL's foreign keys name it).
CREATE TABLE checkpoint_passage_client_id (
  client_id   VARCHAR(64) PRIMARY KEY,
  passage_id  BIGINT      NOT NULL REFERENCES checkpoint_passage (id),
  passed_on   DATE        NOT NULL
);
INSERT INTO checkpoint_passage_client_id (client_id, passage_id, passed_on)
SELECT client_id, id, passed_on FROM checkpoint_passage WHERE client_id IS NOT NULL;
-- The column stays, as on PostgreSQL, without its own unique key (dropped with the column, made again): a
-- client id taken is found on checkpoint_passage_client_id's key alone.
ALTER TABLE checkpoint_passage DROP COLUMN client_id;
ALTER TABLE checkpoint_passage ADD COLUMN client_id VARCHAR(64);
UPDATE checkpoint_passage SET client_id = (
  SELECT c.client_id FROM checkpoint_passage_client_id c WHERE c.passage_id = checkpoint_passage.id);

ALTER TABLE checkpoint_passage_occupant ADD COLUMN passed_on DATE;
UPDATE checkpoint_passage_occupant SET passed_on = (
  SELECT p.passed_on FROM checkpoint_passage p WHERE p.id = checkpoint_passage_occupant.passage_id);
ALTER TABLE checkpoint_passage_occupant ALTER COLUMN passed_on SET NOT NULL;

ALTER TABLE checkpoint_follow_up ADD COLUMN passed_on DATE;
UPDATE checkpoint_follow_up SET passed_on = (
  SELECT p.passed_on FROM checkpoint_passage p WHERE p.id = checkpoint_follow_up.passage_id);
ALTER TABLE checkpoint_follow_up ALTER COLUMN passed_on SET NOT NULL;
