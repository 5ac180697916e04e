-- The missed-checks list reads only slots with no reading, a few in a hundred of a day's slots: a
-- partial index holds just those, so the county's list does not visit every slot of the day.
CREATE INDEX check_slot_missed_idx ON check_slot (slot_date, jurisdiction_path varchar_pattern_ops, window_end)
  WHERE reading_count = 0;
