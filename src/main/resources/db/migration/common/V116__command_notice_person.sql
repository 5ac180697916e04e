-- A notice may concern a person (a returnee to follow, a case's household): that person's timeline shows it.
ALTER TABLE command_notice ADD COLUMN person_id BIGINT;
CREATE INDEX command_notice_person_idx ON command_notice (person_id);
