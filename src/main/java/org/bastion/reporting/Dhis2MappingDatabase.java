package org.bastion.reporting;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The DHIS2 mapping's rows: the data set, the figures' data elements and the areas' org unit codes. */
@Repository
class Dhis2MappingDatabase {

	private final JdbcClient jdbc;

	Dhis2MappingDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Dhis2Mapping get() {
		String dataSet = jdbc.sql("SELECT data_set FROM report_dhis2_data_set WHERE id = 1")
			.query(String.class)
			.optional()
			.orElse(null);
		Map<String, String> elements = new HashMap<>();
		jdbc.sql("SELECT figure_key, data_element FROM report_dhis2_data_element")
			.query(rs -> {
				elements.put(rs.getString("figure_key"), rs.getString("data_element"));
			});
		Map<String, String> orgUnits = new HashMap<>();
		jdbc.sql("SELECT jurisdiction_code, org_unit FROM report_dhis2_org_unit")
			.query(rs -> {
				orgUnits.put(rs.getString("jurisdiction_code"), rs.getString("org_unit"));
			});
		return new Dhis2Mapping(dataSet, elements, orgUnits);
	}

	/** Replaces the whole mapping: HQ edits it as one table. */
	void replace(Dhis2Mapping mapping, String username, Instant at) {
		jdbc.sql("DELETE FROM report_dhis2_data_set").update();
		jdbc.sql("INSERT INTO report_dhis2_data_set (id, data_set, changed_by, changed_at) VALUES (1, ?, ?, ?)")
			.params(mapping.dataSet(), username, at.atOffset(ZoneOffset.UTC))
			.update();
		jdbc.sql("DELETE FROM report_dhis2_data_element").update();
		mapping.dataElements().forEach((figure, element) -> jdbc
			.sql("INSERT INTO report_dhis2_data_element (figure_key, data_element) VALUES (?, ?)")
			.params(figure, element)
			.update());
		jdbc.sql("DELETE FROM report_dhis2_org_unit").update();
		mapping.orgUnits().forEach((code, orgUnit) -> jdbc
			.sql("INSERT INTO report_dhis2_org_unit (jurisdiction_code, org_unit) VALUES (?, ?)")
			.params(code, orgUnit)
			.update());
	}
}
