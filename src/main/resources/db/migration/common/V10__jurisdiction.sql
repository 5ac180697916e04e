-- The jurisdiction tree a deployment manages (county and below), and the national division
-- catalogue (provinces to townships) used to name origins anywhere in China.
CREATE TABLE jurisdiction (
  code        VARCHAR(24)  NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  parent_code VARCHAR(24)  REFERENCES jurisdiction (code),
  level       VARCHAR(16)  NOT NULL,
  path        VARCHAR(400) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  CONSTRAINT jurisdiction_code_shape CHECK (code <> '' AND LENGTH(code) <= 24),
  CONSTRAINT jurisdiction_path_unique UNIQUE (path)
);
CREATE INDEX jurisdiction_parent_idx ON jurisdiction (parent_code);
CREATE INDEX jurisdiction_name_idx ON jurisdiction (name);

CREATE TABLE division (
  code        VARCHAR(12)  NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  level       VARCHAR(16)  NOT NULL,
  parent_code VARCHAR(12),
  full_name   VARCHAR(200) NOT NULL
);
CREATE INDEX division_parent_idx ON division (parent_code);
