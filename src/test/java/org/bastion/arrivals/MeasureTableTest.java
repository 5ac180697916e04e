package org.bastion.arrivals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureTableTest {

	private final MeasureTable defaults = MeasureTable.defaults();

	@ParameterizedTest(name = "{0} at {1} °C: {2}")
	@CsvSource({ "HIGH, , CENTRAL_ISOLATION", "HIGH, 38.5, CENTRAL_ISOLATION", "MEDIUM, 36.5, HOME_OBSERVATION",
			"MEDIUM, 37.3, HOME_OBSERVATION", "LOW, 36.5, HEALTH_MONITORING", "LOW, 37.2, HEALTH_MONITORING",
			"LOW, 37.3, HOME_OBSERVATION", "NONE, 36.5, NONE", "NONE, , NONE", "NONE, 37.3, HOME_OBSERVATION",
			"NONE, 39.0, HOME_OBSERVATION" })
	void theSeededTableFollowsTheFieldsPractice(RiskLevel level, BigDecimal temperature, Measure expected) {
		assertThat(defaults.recommend(level, temperature)).isEqualTo(expected);
	}

	@Test
	void theFeverRuleIsRowsOfTheTable() {
		assertThat(defaults.rules()).hasSize(8).contains(new MeasureTableRow(RiskLevel.NONE, true, Measure.HOME_OBSERVATION));
		assertThat(defaults.check()).isSameAs(defaults);
		assertThat(MeasureTable.isFever(new BigDecimal("37.3"))).isTrue();
		assertThat(MeasureTable.isFever(new BigDecimal("37.29"))).isFalse();
		assertThat(MeasureTable.isFever(null)).isFalse();
	}

	@Test
	void aFeverRowBelowHomeObservationIsRefused() {
		List<MeasureTableRow> rules = replace(new MeasureTableRow(RiskLevel.NONE, true, Measure.HEALTH_MONITORING));
		assertThatThrownBy(() -> new MeasureTable(rules).check()).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.violations()).extracting(FieldViolation::rule).contains("feverFloor"));
	}

	@Test
	void aFeverRowWeakerThanTheSameLevelWithoutFeverIsRefused() {
		List<MeasureTableRow> rules = replace(new MeasureTableRow(RiskLevel.HIGH, true, Measure.HOME_OBSERVATION));
		assertThatThrownBy(() -> new MeasureTable(rules).check()).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.violations()).extracting(FieldViolation::rule).containsExactly("feverStricter"));
	}

	@Test
	void aMissingOrRepeatedRowIsRefused() {
		List<MeasureTableRow> missing = new ArrayList<>(defaults.rules());
		missing.removeFirst();
		assertThatThrownBy(() -> new MeasureTable(missing).check()).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.violations()).extracting(FieldViolation::rule).contains("complete"));
		List<MeasureTableRow> repeated = new ArrayList<>(defaults.rules());
		repeated.add(defaults.rules().getFirst());
		assertThatThrownBy(() -> new MeasureTable(repeated).check()).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.violations()).extracting(FieldViolation::rule).contains("unique"));
		List<MeasureTableRow> blank = new ArrayList<>(defaults.rules());
		blank.set(0, null);
		assertThatThrownBy(() -> new MeasureTable(blank).check()).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aStricterTableIsAccepted() {
		List<MeasureTableRow> rules = replace(new MeasureTableRow(RiskLevel.LOW, false, Measure.HOME_OBSERVATION));
		MeasureTable table = new MeasureTable(rules).check();
		assertThat(table.recommend(RiskLevel.LOW, null)).isEqualTo(Measure.HOME_OBSERVATION);
	}

	private List<MeasureTableRow> replace(MeasureTableRow changed) {
		List<MeasureTableRow> rules = new ArrayList<>();
		for (MeasureTableRow rule : defaults.rules()) {
			rules.add(rule.riskLevel() == changed.riskLevel() && rule.fever() == changed.fever() ? changed : rule);
		}
		return rules;
	}
}
