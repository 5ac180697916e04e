package org.bastion.observation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;

/**
 * The rules a check must keep: a temperature a thermometer can show on a living person (35.0-42.0 °C),
 * a day of the order that has come, a slot of that day, symptoms from the list. Every broken rule is
 * reported at once, by field.
 */
public final class CheckPolicy {

	public static final BigDecimal LOWEST = new BigDecimal("35.0");

	public static final BigDecimal HIGHEST = new BigDecimal("42.0");

	/** A check that keeps the rules; {@code slot} is null when the caller left it to be chosen. */
	public record CheckedReading(LocalDate date, Integer slot, BigDecimal temperature, Set<Symptom> symptoms) {
	}

	private CheckPolicy() {
	}

	/**
	 * @param period the order's period, for the first and last day with slots
	 * @param slotsPerDay how many slots each day of the order has
	 * @throws InvalidInputException naming every broken rule
	 */
	public static CheckedReading check(ObservationPeriod period, int slotsPerDay, LocalDate date, Integer slot,
			BigDecimal temperature, Collection<String> symptoms, LocalDate today) {
		List<FieldViolation> violations = new ArrayList<>();
		if (date == null) {
			violations.add(new FieldViolation("date", "required", "check.date.required"));
		}
		else if (date.isAfter(today)) {
			violations.add(new FieldViolation("date", "future", "check.date.future"));
		}
		else if (date.isBefore(period.startDate())) {
			violations.add(new FieldViolation("date", "beforeStart", "check.date.beforeStart", period.startDate()));
		}
		else if (!period.covers(date)) {
			violations.add(new FieldViolation("date", "afterEnd", "check.date.afterEnd", period.lastCheckDate()));
		}
		if (slot != null && (slot < 1 || slot > slotsPerDay)) {
			violations.add(new FieldViolation("slot", "range", "check.slot.range", slotsPerDay));
		}
		BigDecimal rounded = null;
		if (temperature == null) {
			violations.add(new FieldViolation("temperature", "required", "check.temperature.required"));
		}
		else {
			rounded = temperature.setScale(1, RoundingMode.HALF_UP);
			if (rounded.compareTo(LOWEST) < 0 || rounded.compareTo(HIGHEST) > 0) {
				violations.add(new FieldViolation("temperature", "range", "check.temperature.range", LOWEST, HIGHEST));
			}
		}
		Set<Symptom> parsed = EnumSet.noneOf(Symptom.class);
		for (String name : symptoms == null ? List.<String>of() : symptoms) {
			try {
				parsed.add(Symptom.valueOf(name == null ? "" : name.strip()));
			}
			catch (IllegalArgumentException unknown) {
				violations.add(new FieldViolation("symptoms", "known", "check.symptoms.unknown", name));
				break;
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new CheckedReading(date, slot, rounded, Set.copyOf(parsed));
	}

	/**
	 * The slot a check without one is for. Today: the window that has started last (the first before any
	 * has started). An earlier day, which a phone catching up sends: the first slot without a reading, or
	 * the last slot when all have one.
	 */
	public static int chooseSlot(List<CheckWindow> windows, LocalDate date, LocalDate today, LocalTime now,
			Set<Integer> filled) {
		if (date.isBefore(today)) {
			for (int slot = 1; slot <= windows.size(); slot++) {
				if (!filled.contains(slot)) {
					return slot;
				}
			}
			return windows.size();
		}
		int chosen = 1;
		for (int slot = 1; slot <= windows.size(); slot++) {
			if (!now.isBefore(windows.get(slot - 1).start())) {
				chosen = slot;
			}
		}
		return chosen;
	}
}
