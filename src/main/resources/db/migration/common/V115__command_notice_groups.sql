-- Notices to work groups (工作组) beside places: the groups chosen, and their members when it was sent, each of
-- whom reads it (one receipt per account, as for places). The members are fixed when it is sent, as the places
-- are, so that who has read it out of how many never changes with later members.
CREATE TABLE command_notice_group (
  notice_id  BIGINT NOT NULL REFERENCES command_notice (id),
  group_id   BIGINT NOT NULL REFERENCES command_work_group (id),
  PRIMARY KEY (notice_id, group_id)
);

CREATE TABLE command_notice_member (
  notice_id  BIGINT      NOT NULL,
  group_id   BIGINT      NOT NULL,
  user_id    BIGINT      NOT NULL,
  username   VARCHAR(64) NOT NULL,
  PRIMARY KEY (notice_id, group_id, user_id),
  CONSTRAINT command_notice_member_group_fk FOREIGN KEY (notice_id, group_id)
    REFERENCES command_notice_group (notice_id, group_id)
);
CREATE INDEX command_notice_member_user_idx ON command_notice_member (user_id, notice_id);

-- A member who reads for none of the notice's places has no unit.
ALTER TABLE command_notice_read ALTER COLUMN unit_code DROP NOT NULL;
