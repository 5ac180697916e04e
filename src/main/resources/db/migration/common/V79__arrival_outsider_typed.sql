-- An arrival registered here of a person who lives in another area shows that person as an outsider
-- (masked, nameless: knowing an ID number must not tell who holds it). The registrar still needs the
-- returnee's name and phone on the ledger: what they typed is kept here, and only for such arrivals.
ALTER TABLE arrival ADD COLUMN typed_name VARCHAR(50);
ALTER TABLE arrival ADD COLUMN typed_phone VARCHAR(24);
