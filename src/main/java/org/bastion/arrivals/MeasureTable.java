package org.bastion.arrivals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;

/**
 * The measures table: every risk level, without and with fever, to the measure recommended. Fever is
 * a temperature of 37.3 °C or more at registration; a feverish arrival is never met with less than
 * home observation, nor with less than the same level without fever.
 */
record MeasureTable(List<MeasureTableRow> rules) {

	/** 37.3 °C and above counts as fever. */
	public static final BigDecimal FEVER = new BigDecimal("37.3");

	/** The least a fever gets, whatever the level. */
	public static final Measure FEVER_FLOOR = Measure.HOME_OBSERVATION;

	public MeasureTable {
		// Not List.copyOf: a submitted table may hold an empty row, which check() names.
		rules = rules == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(rules));
	}

	/** The table as seeded: the field's practice in 2020. */
	public static MeasureTable defaults() {
		List<MeasureTableRow> rules = new ArrayList<>();
		Map<RiskLevel, Measure> plain = Map.of(RiskLevel.HIGH, Measure.CENTRAL_ISOLATION, RiskLevel.MEDIUM,
				Measure.HOME_OBSERVATION, RiskLevel.LOW, Measure.HEALTH_MONITORING, RiskLevel.NONE, Measure.NONE);
		for (RiskLevel level : RiskLevel.values()) {
			Measure measure = plain.get(level);
			rules.add(new MeasureTableRow(level, false, measure));
			rules.add(new MeasureTableRow(level, true, measure.isWeakerThan(FEVER_FLOOR) ? FEVER_FLOOR : measure));
		}
		return new MeasureTable(rules);
	}

	public static boolean isFever(BigDecimal temperature) {
		return temperature != null && temperature.compareTo(FEVER) >= 0;
	}

	/** The measure for a level and a temperature (null when none was taken, which is not a fever). */
	public Measure recommend(RiskLevel level, BigDecimal temperature) {
		boolean fever = isFever(temperature);
		return rules.stream()
			.filter(rule -> rule.riskLevel() == level && rule.fever() == fever)
			.map(MeasureTableRow::measure)
			.findFirst()
			// A table always has all eight rows (check() refuses less); the floor keeps a fever safe regardless.
			.orElse(fever ? FEVER_FLOOR : Measure.NONE);
	}

	/**
	 * Refuses a table that misses or repeats a row, or that treats a fever more lightly than the rules allow.
	 *
	 * @throws InvalidInputException naming each bad row as {@code rules[i]}
	 */
	public MeasureTable check() {
		List<FieldViolation> violations = new ArrayList<>();
		Map<RiskLevel, Map<Boolean, Measure>> seen = new EnumMap<>(RiskLevel.class);
		for (int i = 0; i < rules.size(); i++) {
			MeasureTableRow rule = rules.get(i);
			String field = "rules[" + i + "]";
			if (rule == null || rule.riskLevel() == null || rule.measure() == null) {
				violations.add(new FieldViolation(field, "required", "measure.rule.required"));
				continue;
			}
			Map<Boolean, Measure> row = seen.computeIfAbsent(rule.riskLevel(), level -> new java.util.HashMap<>());
			if (row.put(rule.fever(), rule.measure()) != null) {
				violations.add(new FieldViolation(field, "unique", "measure.rule.duplicate"));
			}
			else if (rule.fever() && rule.measure().isWeakerThan(FEVER_FLOOR)) {
				violations.add(new FieldViolation(field, "feverFloor", "measure.rule.feverFloor"));
			}
		}
		for (RiskLevel level : RiskLevel.values()) {
			Map<Boolean, Measure> row = seen.getOrDefault(level, Map.of());
			if (!row.containsKey(false) || !row.containsKey(true)) {
				violations.add(new FieldViolation("rules", "complete", "measure.rule.missing", level.name()));
			}
			else if (row.get(true).isWeakerThan(row.get(false))) {
				violations.add(new FieldViolation("rules", "feverStricter", "measure.rule.feverWeaker", level.name()));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return this;
	}
}
