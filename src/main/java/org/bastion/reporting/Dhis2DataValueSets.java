package org.bastion.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.bastion.reporting.Rollup.Row;
import org.bastion.shared.ReportFigureSource.ReportFigure;

/**
 * A roll-up as DHIS2's {@code dataValueSets} import reads it: one value per mapped figure for each child area
 * and for the records kept at the place itself, never the place's totals beside them, since DHIS2 sums the
 * children into their parent itself and would count a total twice. Zeros are written out: a zero report is
 * not the same as no report, and DHIS2 keeps a zero only for a data element marked "zero is significant".
 */
final class Dhis2DataValueSets {

	/** DHIS2's daily period: {@code 20200125}. */
	static final DateTimeFormatter DAILY_PERIOD = DateTimeFormatter.BASIC_ISO_DATE;

	/** One value, as DHIS2 imports it: the value is text, and {@code "0"} is a value. */
	record DataValue(String dataElement, String period, String orgUnit, String value) {
	}

	/**
	 * The body to POST to {@code /api/dataValueSets?orgUnitIdScheme=CODE}.
	 *
	 * @param dataSet the data set's uid, left out when HQ has mapped none
	 * @param orgUnit the place the report is of
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record DataValueSet(String dataSet, String period, String orgUnit, List<DataValue> dataValues) {
	}

	/** A data value set and the report's figures it leaves out for want of a data element. */
	record Export(DataValueSet dataValueSet, List<String> unmappedFigures) {
	}

	private Dhis2DataValueSets() {
	}

	static String period(LocalDate date) {
		return date.format(DAILY_PERIOD);
	}

	static Export of(Rollup rollup, Dhis2Mapping mapping) {
		String period = period(rollup.date());
		List<DataValue> values = new ArrayList<>();
		List<String> unmapped = new ArrayList<>();
		List<ReportFigure> mapped = new ArrayList<>();
		for (ReportFigure figure : rollup.figures()) {
			if (mapping.dataElements().containsKey(figure.key())) {
				mapped.add(figure);
			}
			else {
				unmapped.add(figure.key());
			}
		}
		for (Row row : rollup.rows()) {
			String orgUnit = mapping.orgUnit(row.code() == null ? rollup.place().code() : row.code());
			for (ReportFigure figure : mapped) {
				values.add(new DataValue(mapping.dataElements().get(figure.key()), period, orgUnit,
						Long.toString(row.figures().of(figure.key()))));
			}
		}
		return new Export(new DataValueSet(mapping.dataSet(), period, mapping.orgUnit(rollup.place().code()), values),
				List.copyOf(unmapped));
	}
}
