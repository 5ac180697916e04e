-- A list's entries counted per place they sit in (a grid, a township or the list's area) and per
-- outcome, so that a list's page and its API read a few thousand rows at most instead of counting a
-- million entries on every call. The import writes them with the list's DONE; a verification moves one
-- count in the same transaction as the entry.
CREATE TABLE list_tally (
  list_id           BIGINT       NOT NULL REFERENCES pushed_list (id),
  jurisdiction_path VARCHAR(400) NOT NULL,
  entries           INT          NOT NULL,
  open_entries      INT          NOT NULL,
  already_known     INT DEFAULT 0 NOT NULL,
  newly_found       INT DEFAULT 0 NOT NULL,
  not_living_here   INT DEFAULT 0 NOT NULL,
  wrong_information INT DEFAULT 0 NOT NULL,
  beyond_period     INT DEFAULT 0 NOT NULL,
  PRIMARY KEY (list_id, jurisdiction_path)
);

INSERT INTO list_tally (list_id, jurisdiction_path, entries, open_entries, already_known, newly_found,
  not_living_here, wrong_information, beyond_period)
SELECT list_id, jurisdiction_path, COUNT(*),
  SUM(CASE WHEN outcome IS NULL THEN 1 ELSE 0 END),
  SUM(CASE WHEN outcome = 'ALREADY_KNOWN' THEN 1 ELSE 0 END),
  SUM(CASE WHEN outcome = 'NEWLY_FOUND' THEN 1 ELSE 0 END),
  SUM(CASE WHEN outcome = 'NOT_LIVING_HERE' THEN 1 ELSE 0 END),
  SUM(CASE WHEN outcome = 'WRONG_INFORMATION' THEN 1 ELSE 0 END),
  SUM(CASE WHEN outcome = 'BEYOND_PERIOD' THEN 1 ELSE 0 END)
FROM list_entry GROUP BY list_id, jurisdiction_path;
