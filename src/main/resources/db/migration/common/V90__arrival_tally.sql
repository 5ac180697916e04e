-- Arrivals counted per place, moved by each registration in its transaction and by the tree's moves:
-- the report's "arrivals so far" of a county reads a few thousand rows instead of counting every
-- arrival ever registered (100,000 in a month of 2020). A test recounts it from the arrivals.
CREATE TABLE arrival_tally (
  jurisdiction_path VARCHAR(400) PRIMARY KEY,
  arrivals          BIGINT       NOT NULL
);

INSERT INTO arrival_tally (jurisdiction_path, arrivals)
SELECT jurisdiction_path, COUNT(*) FROM arrival GROUP BY jurisdiction_path;
