-- The mapping of the daily report's figures to a DHIS2 instance, which HQ edits: the data set the report
-- imports into, each figure's data element (a DHIS2 uid), and the org unit code of an area whose code in
-- DHIS2 is not its division code. A figure without a data element is left out of the export.
CREATE TABLE report_dhis2_data_set (
  id          INT          NOT NULL PRIMARY KEY,
  data_set    VARCHAR(11),
  changed_by  VARCHAR(64)  NOT NULL,
  changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT report_dhis2_data_set_single CHECK (id = 1)
);

CREATE TABLE report_dhis2_data_element (
  figure_key    VARCHAR(120) NOT NULL PRIMARY KEY,
  data_element  VARCHAR(11)  NOT NULL,
  CONSTRAINT report_dhis2_data_element_once UNIQUE (data_element)
);

CREATE TABLE report_dhis2_org_unit (
  jurisdiction_code  VARCHAR(24) NOT NULL PRIMARY KEY,
  org_unit           VARCHAR(50) NOT NULL
);
