-- Every search is a prefix LIKE (number, reversed number for "ends with", name, area); under a
-- non-C collation only varchar_pattern_ops indexes serve those, and they serve equality too.
CREATE INDEX person_id_number_prefix_idx ON person (id_number varchar_pattern_ops);
CREATE INDEX person_phone_prefix_idx ON person (phone varchar_pattern_ops);
CREATE INDEX person_id_number_reversed_idx ON person (id_number_reversed varchar_pattern_ops);
CREATE INDEX person_phone_reversed_idx ON person (phone_reversed varchar_pattern_ops);
-- A name search is always scoped, so the area is the second key: a township's 张 is read from the index alone.
CREATE INDEX person_name_path_idx ON person (name varchar_pattern_ops, jurisdiction_path varchar_pattern_ops);
CREATE INDEX person_path_idx ON person (jurisdiction_path varchar_pattern_ops);
CREATE INDEX household_path_idx ON household (jurisdiction_path varchar_pattern_ops);
