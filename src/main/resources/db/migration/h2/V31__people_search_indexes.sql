-- H2 serves LIKE 'prefix%' from ordinary indexes.
CREATE INDEX person_phone_idx ON person (phone);
CREATE INDEX person_id_number_reversed_idx ON person (id_number_reversed);
CREATE INDEX person_phone_reversed_idx ON person (phone_reversed);
CREATE INDEX person_name_path_idx ON person (name, jurisdiction_path);
CREATE INDEX person_path_idx ON person (jurisdiction_path);
CREATE INDEX household_path_idx ON household (jurisdiction_path);
