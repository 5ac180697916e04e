package org.bastion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bastion.reporting.DailyReportForm.Correction;
import org.bastion.reporting.FigureCounts.Figures;
import org.bastion.shared.ReportFigureSource.ReportFigure;
import org.bastion.shared.ReportFigureSource.ReportFigure.Kind;
import org.junit.jupiter.api.Test;

/** What a submission must hold: zero versus something new, corrections with their reasons, manual fields. */
class DailyReportPolicyTest {

	private static final List<ReportFigure> CATALOGUE = List.of(new ReportFigure("arrivals.fromWuhan", "arrivals", Kind.FLOW),
			new ReportFigure("observation.homeCurrent", "observation", Kind.STOCK));

	private static DailyReportForm form(boolean zero, Map<Long, Long> manual, Map<String, Correction> corrections) {
		return new DailyReportForm(null, "511528103201", null, zero, "王芳", "13800001111", null, null, manual, corrections);
	}

	private static List<String> problems(DailyReportForm form, Figures derived) {
		return DailyReportPolicy.problems(form, CATALOGUE, derived, Set.of(7L)).stream()
			.map(v -> v.field() + ":" + v.rule())
			.toList();
	}

	@Test
	void aZeroReportIsAcceptedWhenNothingNewHappenedEvenWithPeopleStillUnderObservation() {
		Figures derived = new Figures(Map.of("observation.homeCurrent", 12L));

		assertThat(problems(form(true, Map.of(), Map.of()), derived)).isEmpty();
	}

	@Test
	void aZeroReportIsRefusedWhenTheWindowHoldsNewRecords() {
		Figures derived = new Figures(Map.of("arrivals.fromWuhan", 2L));

		assertThat(problems(form(true, Map.of(), Map.of()), derived)).containsExactly("zero:nothing-new");
		assertThat(DailyReportPolicy.problems(form(true, Map.of(), Map.of()), CATALOGUE, derived, Set.of()).getFirst()
			.arguments()).containsExactly(2L);
	}

	@Test
	void aZeroReportCarriesNoCorrectionAndOnlyZerosByHand() {
		assertThat(problems(form(true, Map.of(7L, 3L), Map.of("arrivals.fromWuhan", new Correction(1L, "电话核实"))),
				Figures.NONE))
			.containsExactlyInAnyOrder("corrections:zero", "manual[7]:zero");
		assertThat(problems(form(true, Map.of(7L, 0L), Map.of()), Figures.NONE)).isEmpty();
	}

	@Test
	void aCorrectionThatDiffersFromTheRecordsNeedsAReason() {
		Figures derived = new Figures(Map.of("arrivals.fromWuhan", 3L));

		assertThat(problems(form(false, Map.of(), Map.of("arrivals.fromWuhan", new Correction(4L, " "))), derived))
			.containsExactly("corrections[arrivals.fromWuhan].reason:required");
		assertThat(problems(form(false, Map.of(), Map.of("arrivals.fromWuhan", new Correction(4L, "一人未登记，明日补录"))), derived))
			.isEmpty();
		assertThat(problems(form(false, Map.of(), Map.of("arrivals.fromWuhan", new Correction(3L, null))), derived))
			.isEmpty();
	}

	@Test
	void unknownFiguresAndFieldsAndNumbersOutOfRangeAreNamed() {
		assertThat(problems(form(false, Map.of(8L, 1L, 7L, -1L),
				Map.of("arrivals.fromMars", new Correction(1L, "x"), "observation.homeCurrent", new Correction(-2L, "x"))),
				Figures.NONE))
			.containsExactlyInAnyOrder("manual[8]:known", "manual[7]:range", "corrections[arrivals.fromMars]:known",
					"corrections[observation.homeCurrent].value:range");
	}

	@Test
	void theReporterIsNamedWithAPhoneToCall() {
		DailyReportForm nobody = new DailyReportForm(null, "511528103201", null, false, " ", "12ab", null, null, null, null);

		assertThat(DailyReportPolicy.problems(nobody, CATALOGUE, Figures.NONE, Set.of()))
			.extracting(v -> v.field() + ":" + v.rule())
			.containsExactly("reporterName:required", "reporterPhone:format");
	}
}
