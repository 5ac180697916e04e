package org.bastion.observation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
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

	/** A slot of one day of an order as the placement sees it: its window and whether a reading fills it. */
	public record DaySlot(LocalDate date, int slot, CheckWindow window, boolean filled) {
	}

	/** Where a reading goes, or why it goes nowhere. */
	public sealed interface Placement {
	}

	/** Into the slot whose window holds the reading's time, or the one the worker picked while it is open. */
	public record ToSlot(DaySlot slot) implements Placement {
	}

	/** 补录: a missed slot of today or yesterday the worker picked explicitly, filled after its window. */
	public record Late(DaySlot slot) implements Placement {
	}

	/** Nowhere: the broken rule, on the field {@code slot}. */
	public record Refused(FieldViolation reason) implements Placement {
	}

	/**
	 * Where a reading of {@code date} goes. A reading never lands silently in another window than its own:
	 * without a picked slot it goes to the slot whose window holds its time ({@code time}, or now for a
	 * reading of today), and is refused when no window holds it; a picked slot is taken while it is open,
	 * or as 补录 when it passed today or yesterday. A slot that has a reading, or whose window has not
	 * started yet, takes none. A window holds the times from its start up to, not including, its end.
	 *
	 * @param daySlots the order's slots of {@code date}, in order
	 * @param time when the reading was taken (a phone sends it with a check made offline), or null
	 * @param now the field's date and time
	 * @param picked the slot the worker chose, or null to place the reading by its time
	 */
	public static Placement placeReading(List<DaySlot> daySlots, LocalDate date, LocalTime time, LocalDateTime now,
			Integer picked) {
		LocalDate today = now.toLocalDate();
		boolean isToday = date.equals(today);
		if (isToday && time != null && time.isAfter(now.toLocalTime())) {
			return refused("future", time);
		}
		LocalTime at = time != null ? time : isToday ? now.toLocalTime() : null;
		if (picked != null) {
			DaySlot slot = daySlots.stream().filter(s -> s.slot() == picked).findFirst().orElse(null);
			if (slot == null) {
				return refused("missing", picked);
			}
			if (isToday && now.toLocalTime().isBefore(slot.window().start())) {
				return refused("future", slot.window());
			}
			if (slot.filled()) {
				return refused("filled", slot.window());
			}
			if (at != null && holds(slot.window(), at)) {
				return new ToSlot(slot);
			}
			if (isToday && holds(slot.window(), now.toLocalTime())) {
				return new ToSlot(slot);
			}
			return date.isBefore(today.minusDays(1)) ? refused("tooLate", slot.window()) : new Late(slot);
		}
		if (at == null) {
			return refused("required");
		}
		for (DaySlot slot : daySlots) {
			if (holds(slot.window(), at)) {
				return slot.filled() ? refused("filled", slot.window()) : new ToSlot(slot);
			}
		}
		return refused("closed", at.truncatedTo(ChronoUnit.MINUTES));
	}

	/**
	 * A slot the worker may pick in the check form: open now, or missed and still to be filled late.
	 *
	 * @param late true for a missed slot (补录)
	 */
	public record SlotChoice(DaySlot slot, boolean late) {

		/** The form's value, {@code 2020-02-10/1}: the day and the slot. */
		public String value() {
			return slot.date() + "/" + slot.slot();
		}
	}

	/**
	 * What the check form offers, of the order's slots of today and yesterday: first the slot open now (the
	 * default), then the missed ones of today, then yesterday's, each in the order of the day. A slot the
	 * policy would refuse (filled, still to come) is not offered.
	 */
	public static List<SlotChoice> choices(List<DaySlot> slots, LocalDateTime now) {
		List<SlotChoice> open = new ArrayList<>();
		List<SlotChoice> today = new ArrayList<>();
		List<SlotChoice> earlier = new ArrayList<>();
		for (DaySlot slot : slots) {
			List<DaySlot> sameDay = slots.stream().filter(s -> s.date().equals(slot.date())).toList();
			switch (placeReading(sameDay, slot.date(), null, now, slot.slot())) {
				case ToSlot placed -> open.add(new SlotChoice(slot, false));
				case Late placed -> (slot.date().equals(now.toLocalDate()) ? today : earlier).add(new SlotChoice(slot, true));
				case Refused refused -> {
				}
			}
		}
		Comparator<SlotChoice> inOrder = Comparator.comparing((SlotChoice c) -> c.slot().date())
			.thenComparingInt(c -> c.slot().slot());
		today.sort(inOrder);
		earlier.sort(inOrder);
		open.addAll(today);
		open.addAll(earlier);
		return open;
	}

	private static boolean holds(CheckWindow window, LocalTime at) {
		return !at.isBefore(window.start()) && at.isBefore(window.end());
	}

	private static Refused refused(String rule, Object... arguments) {
		Object[] shown = Arrays.stream(arguments).map(a -> a instanceof CheckWindow w ? w.toString() : a).toArray();
		return new Refused(new FieldViolation("slot", rule, "check.slot." + rule, shown));
	}

	/**
	 * The slot a workplace check-in (module checkin) counts against, not an observation's reading, which
	 * {@link #placeReading} places. Today: the window that has started last (the first before any
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
