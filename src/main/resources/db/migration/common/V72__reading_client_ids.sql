-- A reading's client id is unique across every month, in one table of its own. The monthly partitions
-- could only hold it unique with the date, (client_id, reading_date), so the look-up of a phone's batch
-- probed every month's index for every client id (500 ids x every month kept) to find the few sent
-- before; here it is one probe per id, and the key is the rule the look-up always assumed: a client id
-- names one submission, whatever its date. Whatever purges a month of readings must delete its client ids.
CREATE TABLE health_reading_client_id (
  client_id     VARCHAR(64) PRIMARY KEY,
  reading_id    BIGINT      NOT NULL,
  reading_date  DATE        NOT NULL
);
-- Where a client id was stored on two dates before, the first reading keeps it, as the look-up found it.
INSERT INTO health_reading_client_id (client_id, reading_id, reading_date)
SELECT client_id, id, reading_date
FROM (SELECT client_id, id, reading_date, ROW_NUMBER() OVER (PARTITION BY client_id ORDER BY id) AS n
      FROM health_reading WHERE client_id IS NOT NULL) t
WHERE n = 1;
ALTER TABLE health_reading DROP CONSTRAINT health_reading_client;
