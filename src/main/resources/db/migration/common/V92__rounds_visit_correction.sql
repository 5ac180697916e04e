-- A correction of a visit marked by mistake is an attempt row of its own: the status it replaced.
ALTER TABLE household_visit_attempt ADD COLUMN corrects VARCHAR(24);
