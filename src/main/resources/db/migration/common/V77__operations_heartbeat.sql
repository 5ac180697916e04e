-- One row the health check rewrites: a database that still answers reads but can no longer write
-- (H2 after an out-of-memory, a full disk, a read-only replica) must report DOWN, and only a real
-- committed write shows that.
CREATE TABLE operations_heartbeat (
  id        INTEGER   PRIMARY KEY,
  beat_at   TIMESTAMP NOT NULL
);
INSERT INTO operations_heartbeat (id, beat_at) VALUES (1, CURRENT_TIMESTAMP);
