-- The measures table HQ edits: risk level and fever (>= 37.3 °C at registration) to the recommended
-- measure. Seeded with the field's practice; a fever is never met with less than home observation.
CREATE TABLE measure_rule (
  risk_level  VARCHAR(8)  NOT NULL,
  fever       BOOLEAN     NOT NULL,
  measure     VARCHAR(24) NOT NULL,
  updated_by  VARCHAR(64),
  updated_at  TIMESTAMP WITH TIME ZONE,
  CONSTRAINT measure_rule_pk PRIMARY KEY (risk_level, fever),
  CONSTRAINT measure_rule_level_known CHECK (risk_level IN ('HIGH', 'MEDIUM', 'LOW', 'NONE')),
  CONSTRAINT measure_rule_measure_known CHECK (measure IN ('CENTRAL_ISOLATION', 'HOME_OBSERVATION',
    'HEALTH_MONITORING', 'NONE'))
);
INSERT INTO measure_rule (risk_level, fever, measure) VALUES
  ('HIGH', FALSE, 'CENTRAL_ISOLATION'), ('HIGH', TRUE, 'CENTRAL_ISOLATION'),
  ('MEDIUM', FALSE, 'HOME_OBSERVATION'), ('MEDIUM', TRUE, 'HOME_OBSERVATION'),
  ('LOW', FALSE, 'HEALTH_MONITORING'), ('LOW', TRUE, 'HOME_OBSERVATION'),
  ('NONE', FALSE, 'NONE'), ('NONE', TRUE, 'HOME_OBSERVATION');
