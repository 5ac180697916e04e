package org.bastion.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.reporting.Dhis2DataValueSets.DataValue;
import org.bastion.reporting.Dhis2DataValueSets.Export;
import org.bastion.reporting.FigureCounts.Figures;
import org.bastion.reporting.Rollup.Row;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.ReportFigureSource.ReportFigure;
import org.bastion.shared.ReportFigureSource.ReportFigure.Kind;
import org.junit.jupiter.api.Test;

class Dhis2DataValueSetsTest {

	private static final ReportFigure ARRIVALS = new ReportFigure("arrivals.fromWuhan", "arrivals", Kind.FLOW);

	private static final ReportFigure FEVERS = new ReportFigure("observation.fevers", "observation", Kind.FLOW);

	private static final ReportFigure CASES = new ReportFigure("cases.confirmed", "cases", Kind.STOCK);

	private final Rollup rollup = new Rollup(
			new Jurisdiction("511528103", "共乐镇", "511528", JurisdictionLevel.TOWNSHIP,
					JurisdictionPath.of("511528", "511528103")),
			LocalDate.of(2020, 1, 25), Instant.parse("2020-01-24T08:00:00Z"), Instant.parse("2020-01-25T08:00:00Z"),
			List.of(ARRIVALS, FEVERS, CASES), new Figures(Map.of("arrivals.fromWuhan", 5L, "cases.confirmed", 1L)),
			List.of(),
			List.of(new Row("511528103201", "共乐村", true, new Figures(Map.of("arrivals.fromWuhan", 3L))),
					new Row("511528103202", "新民村", false, new Figures(Map.of("cases.confirmed", 1L))),
					new Row(null, "共乐镇", false, new Figures(Map.of("arrivals.fromWuhan", 2L)))));

	@Test
	void eachChildAndThePlacesOwnRecordsGetAValuePerMappedFigureWithZerosKept() {
		Export export = Dhis2DataValueSets.of(rollup, new Dhis2Mapping("pBOMPrpg1QX",
				Map.of("arrivals.fromWuhan", "fbfJHSPpUQD", "observation.fevers", "cYeuwXTCPkU"),
				Map.of("511528103202", "CN-XINMIN")));
		assertThat(export.dataValueSet().dataSet()).isEqualTo("pBOMPrpg1QX");
		assertThat(export.dataValueSet().period()).isEqualTo("20200125");
		assertThat(export.dataValueSet().orgUnit()).isEqualTo("511528103");
		assertThat(export.dataValueSet().dataValues())
			.extracting(DataValue::dataElement, DataValue::period, DataValue::orgUnit, DataValue::value)
			.containsExactly(tuple("fbfJHSPpUQD", "20200125", "511528103201", "3"),
					tuple("cYeuwXTCPkU", "20200125", "511528103201", "0"),
					tuple("fbfJHSPpUQD", "20200125", "CN-XINMIN", "0"),
					tuple("cYeuwXTCPkU", "20200125", "CN-XINMIN", "0"),
					tuple("fbfJHSPpUQD", "20200125", "511528103", "2"),
					tuple("cYeuwXTCPkU", "20200125", "511528103", "0"));
		assertThat(export.unmappedFigures()).containsExactly("cases.confirmed");
	}

	@Test
	void theValuesSumToThePlacesTotalsSoDhis2CountsNothingTwice() {
		Export export = Dhis2DataValueSets.of(rollup, new Dhis2Mapping(null, Map.of("arrivals.fromWuhan", "fbfJHSPpUQD"),
				Map.of()));
		assertThat(export.dataValueSet().dataSet()).isNull();
		assertThat(export.dataValueSet().dataValues().stream().mapToLong(v -> Long.parseLong(v.value())).sum())
			.isEqualTo(rollup.totals().of("arrivals.fromWuhan"));
		assertThat(export.unmappedFigures()).containsExactly("observation.fevers", "cases.confirmed");
	}

	@Test
	void nothingMappedExportsNoValues() {
		Export export = Dhis2DataValueSets.of(rollup, Dhis2Mapping.NONE);
		assertThat(export.dataValueSet().dataValues()).isEmpty();
		assertThat(export.unmappedFigures()).hasSize(3);
	}
}
