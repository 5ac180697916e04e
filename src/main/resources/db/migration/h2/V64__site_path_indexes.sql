CREATE INDEX observation_proposal_path_idx ON observation_proposal (status, jurisdiction_path);
CREATE INDEX isolation_site_path_idx ON isolation_site (jurisdiction_path);
CREATE INDEX site_stay_path_idx ON site_stay (status, jurisdiction_path);
CREATE INDEX occupant_request_path_idx ON occupant_request (status, jurisdiction_path);
