package org.bastion.observation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.bastion.observation.AlertView.AlertKind;
import org.bastion.observation.HealthChecks.CheckOutcome;
import org.bastion.observation.ObservationDatabase.ObservationRow;
import org.bastion.observation.ReadingDatabase.ReadingRow;
import org.bastion.observation.ReadingView.ReadingSource;
import org.bastion.shared.AccountNames;
import org.bastion.shared.BastionException;
import org.bastion.shared.ConflictException;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores checks of orders the caller has found and may write to: the rules of {@link CheckPolicy}, the
 * slots, the orders' last check, and alerts under {@link AlertPolicy}. Runs inside the caller's
 * transaction. The monitor's checks, a phone's batch and the person's self-reports all come through
 * here, and a set of checks costs a fixed handful of statements however many it holds: the rules run in
 * memory first, then the readings, the slots and the orders are each written by one set statement.
 */
@Component
class ReadingRecorder {

	/** A check bound for an order the caller found and may write to. */
	record Pending(ObservationRow order, NewCheck check) {
	}

	/** What became of one check. */
	sealed interface Outcome {
	}

	record Acceptance(CheckOutcome recorded) implements Outcome {
	}

	/** A refusal, with what the single endpoint would have thrown. */
	record Refusal(BastionException reason) implements Outcome {
	}

	private static final Comparator<SlotDatabase.Tally> SLOT_ORDER = Comparator
		.comparingLong((SlotDatabase.Tally t) -> t.key().observationId())
		.thenComparing(t -> t.key().date())
		.thenComparingInt(t -> t.key().slot());

	private static final Comparator<ObservationDatabase.LastReading> ORDER_ORDER = Comparator
		.comparingLong(ObservationDatabase.LastReading::observationId);

	private final ReadingDatabase readings;

	private final SlotDatabase slots;

	private final ObservationDatabase orders;

	private final AlertDatabase alerts;

	private final ReadingPartitions partitions;

	private final ApplicationEventPublisher events;

	private final FieldClock clock;

	private final AccountNames names;

	ReadingRecorder(ReadingDatabase readings, SlotDatabase slots, ObservationDatabase orders, AlertDatabase alerts,
			ReadingPartitions partitions, ApplicationEventPublisher events, FieldClock clock, AccountNames names) {
		this.names = names;
		this.readings = readings;
		this.slots = slots;
		this.orders = orders;
		this.alerts = alerts;
		this.partitions = partitions;
		this.events = events;
		this.clock = clock;
	}

	/** The readings these client ids stored, by client id: the same check is never stored twice. */
	Map<String, ReadingRow> earlier(Set<String> clientIds) {
		return readings.findByClientIds(clientIds);
	}

	/** The reading a client id stored, if it was seen. */
	Optional<ReadingRow> earlier(String clientId) {
		String key = clientKey(clientId);
		return key == null ? Optional.empty() : Optional.ofNullable(earlier(Set.of(key)).get(key));
	}

	/** A client id as stored: stripped, or null when blank. */
	static String clientKey(String clientId) {
		return clientId == null || clientId.isBlank() ? null : clientId.strip();
	}

	/** The answer the first submission of {@code earlier} got. */
	CheckOutcome replay(ReadingRow earlier) {
		ReadingView reading = ReadingView.of(earlier, names.namer(earlier.recordedBy()));
		return new CheckOutcome(reading, alerts.idForReading(earlier.id())
			.or(() -> alerts.openFor(earlier.observationId()).map(AlertView::id)
				.filter(open -> AlertPolicy.abnormal(earlier.temperature(), earlier.symptoms())))
			.orElse(null), true, false);
	}

	/**
	 * Records one check.
	 *
	 * @throws ConflictException {@code observation.released} for an order no longer open
	 * @throws InvalidInputException naming every broken rule
	 */
	CheckOutcome record(ObservationRow order, NewCheck check, ReadingSource source, String recordedBy) {
		return switch (recordAll(List.of(new Pending(order, check)), source, recordedBy).getFirst()) {
			case Acceptance stored -> stored.recorded();
			case Refusal refused -> throw refused.reason();
		};
	}

	/** Records checks in order, each stored or refused on its own; the answers are in the same order. */
	List<Outcome> recordAll(List<Pending> pending, ReadingSource source, String recordedBy) {
		LocalDateTime now = clock.dateTime();
		LocalDate today = now.toLocalDate();
		Outcome[] outcomes = new Outcome[pending.size()];
		CheckPolicy.CheckedReading[] checked = new CheckPolicy.CheckedReading[pending.size()];
		for (int i = 0; i < pending.size(); i++) {
			try {
				checked[i] = keepsTheRules(pending.get(i), today);
			}
			catch (BastionException refused) {
				outcomes[i] = new Refusal(refused);
			}
		}
		Placed placed = placeAll(pending, checked, outcomes, now);
		List<Integer> accepted = new ArrayList<>();
		List<ReadingDatabase.NewReading> rows = new ArrayList<>();
		Set<YearMonth> months = new TreeSet<>();
		for (int i = 0; i < pending.size(); i++) {
			if (checked[i] != null) {
				ObservationRow order = pending.get(i).order();
				accepted.add(i);
				months.add(YearMonth.from(checked[i].date()));
				rows.add(new ReadingDatabase.NewReading(order.id(), checked[i].date(), placed.slot()[i], order.personId(),
						checked[i].temperature(), checked[i].symptoms(), clientKey(pending.get(i).check().clientId()),
						order.jurisdictionPath()));
			}
		}
		if (rows.isEmpty()) {
			return List.of(outcomes);
		}
		months.forEach(month -> partitions.ensure(month.atDay(1)));
		Instant stamp = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		List<Long> ids = readings.insertAll(rows, source, recordedBy, stamp);
		noteInSlotsAndOrders(rows);
		Long[] alertOf = alertsFor(pending, accepted, rows, ids, stamp);
		String recordedByName = names.namer(recordedBy).apply(recordedBy);
		for (int k = 0; k < accepted.size(); k++) {
			ReadingDatabase.NewReading row = rows.get(k);
			ReadingView reading = new ReadingView(ids.get(k), row.observationId(), row.date(), row.slot(),
					row.temperature(), row.symptoms(), source, recordedBy, recordedByName, stamp,
					AlertPolicy.abnormal(row.temperature(), row.symptoms()));
			outcomes[accepted.get(k)] = new Acceptance(
					new CheckOutcome(reading, alertOf[k], false, placed.late()[accepted.get(k)]));
		}
		return List.of(outcomes);
	}

	private static CheckPolicy.CheckedReading keepsTheRules(Pending item, LocalDate today) {
		ObservationRow order = item.order();
		NewCheck check = item.check();
		if (!order.open()) {
			throw new ConflictException("observation.released", null, order.releasedOn());
		}
		// Refused here, item by item, rather than when the batch looks earlier ids up by their stripped key.
		Idempotency.stored(check.clientId(), "check.clientId.size");
		return CheckPolicy.check(order.period(), order.windows().size(), check.date(), check.slot(), check.temperature(),
				check.symptoms(), today);
	}

	/** The slot of each accepted check and whether it was 补录. */
	private record Placed(int[] slot, boolean[] late) {
	}

	/**
	 * Places each check with {@link CheckPolicy#placeReading}, counting the slots earlier checks of the same
	 * set filled, as if they had been sent one after the other. A check the policy refuses is refused naming
	 * {@code slot}, beside any other rule it broke, so that the form shows every mistake at once.
	 */
	private Placed placeAll(List<Pending> pending, CheckPolicy.CheckedReading[] checked, Outcome[] outcomes,
			LocalDateTime now) {
		Set<Long> ids = new HashSet<>();
		LocalDate from = null;
		LocalDate to = null;
		LocalDate[] dateOf = new LocalDate[checked.length];
		for (int i = 0; i < checked.length; i++) {
			dateOf[i] = placeable(pending.get(i), checked[i], outcomes[i]);
			if (dateOf[i] != null) {
				ids.add(pending.get(i).order().id());
				from = from == null || dateOf[i].isBefore(from) ? dateOf[i] : from;
				to = to == null || dateOf[i].isAfter(to) ? dateOf[i] : to;
			}
		}
		// The slots as stored, whose windows the lists of checks due and missed read too.
		Map<SlotDatabase.SlotKey, CheckWindow> windows = new HashMap<>();
		Set<SlotDatabase.SlotKey> filled = new HashSet<>();
		for (SlotDatabase.SlotRow row : slots.between(ids, from == null ? now.toLocalDate() : from,
				to == null ? now.toLocalDate() : to)) {
			var key = new SlotDatabase.SlotKey(row.observationId(), row.date(), row.slot());
			windows.put(key, new CheckWindow(row.windowStart(), row.windowEnd()));
			if (row.readingCount() > 0) {
				filled.add(key);
			}
		}
		Placed placed = new Placed(new int[checked.length], new boolean[checked.length]);
		for (int i = 0; i < checked.length; i++) {
			if (dateOf[i] == null) {
				continue;
			}
			ObservationRow order = pending.get(i).order();
			NewCheck check = pending.get(i).check();
			List<CheckPolicy.DaySlot> day = new ArrayList<>();
			for (int slot = 1; slot <= order.windows().size(); slot++) {
				var key = new SlotDatabase.SlotKey(order.id(), dateOf[i], slot);
				if (windows.containsKey(key)) {
					day.add(new CheckPolicy.DaySlot(dateOf[i], slot, windows.get(key), filled.contains(key)));
				}
			}
			switch (CheckPolicy.placeReading(day, dateOf[i], check.time(), now, check.slot())) {
				case CheckPolicy.ToSlot(CheckPolicy.DaySlot slot) -> placed.slot()[i] = slot.slot();
				case CheckPolicy.Late(CheckPolicy.DaySlot slot) -> {
					placed.slot()[i] = slot.slot();
					placed.late()[i] = true;
				}
				case CheckPolicy.Refused(FieldViolation reason) -> {
					List<FieldViolation> all = new ArrayList<>();
					if (outcomes[i] instanceof Refusal(InvalidInputException invalid)) {
						all.addAll(invalid.violations());
					}
					all.add(reason);
					outcomes[i] = new Refusal(new InvalidInputException(all));
					checked[i] = null;
				}
			}
			if (checked[i] != null) {
				filled.add(new SlotDatabase.SlotKey(order.id(), dateOf[i], placed.slot()[i]));
			}
		}
		return placed;
	}

	/**
	 * The day a check can be placed on: an accepted one's, or a refused one's when only its temperature or
	 * symptoms were wrong (its slot is still worth a word). Null when there is nothing to place.
	 */
	private static LocalDate placeable(Pending item, CheckPolicy.CheckedReading checked, Outcome outcome) {
		if (checked != null) {
			return checked.date();
		}
		if (outcome instanceof Refusal(InvalidInputException invalid) && invalid.violations().stream()
			.noneMatch(v -> v.field().equals("date") || v.field().equals("slot") || v.field().equals("clientId"))) {
			return item.check().date();
		}
		return null;
	}

	private void noteInSlotsAndOrders(List<ReadingDatabase.NewReading> rows) {
		Map<SlotDatabase.SlotKey, SlotDatabase.Tally> tallies = new LinkedHashMap<>();
		Map<Long, ObservationDatabase.LastReading> latest = new LinkedHashMap<>();
		for (ReadingDatabase.NewReading row : rows) {
			boolean abnormal = AlertPolicy.abnormal(row.temperature(), row.symptoms());
			var key = new SlotDatabase.SlotKey(row.observationId(), row.date(), row.slot());
			tallies.merge(key, new SlotDatabase.Tally(key, 1, abnormal), (a, b) -> new SlotDatabase.Tally(key,
					a.readings() + b.readings(), a.abnormal() || b.abnormal()));
			// Later in the set wins a tie, as the later of two single checks would.
			latest.merge(row.observationId(), new ObservationDatabase.LastReading(row.observationId(), row.date(),
					row.slot(), row.temperature(), abnormal), (a, b) -> later(b, a) ? b : a);
		}
		// Every transaction locks slots and orders in key order, so concurrent batches wait, not deadlock.
		slots.noteReadings(tallies.values().stream().sorted(SLOT_ORDER).toList());
		orders.noteReadings(latest.values().stream().sorted(ORDER_ORDER).toList());
	}

	private static boolean later(ObservationDatabase.LastReading candidate, ObservationDatabase.LastReading than) {
		int byDate = candidate.date().compareTo(than.date());
		return byDate > 0 || (byDate == 0 && candidate.slot() >= than.slot());
	}

	/**
	 * The alert each abnormal reading opened or joined. One open alert per order: a second fever before
	 * anyone acted is the same task.
	 */
	private Long[] alertsFor(List<Pending> pending, List<Integer> accepted, List<ReadingDatabase.NewReading> rows,
			List<Long> ids, Instant now) {
		Long[] alertOf = new Long[rows.size()];
		Set<Long> abnormalOrders = new HashSet<>();
		for (ReadingDatabase.NewReading row : rows) {
			if (AlertPolicy.abnormal(row.temperature(), row.symptoms())) {
				abnormalOrders.add(row.observationId());
			}
		}
		if (abnormalOrders.isEmpty()) {
			return alertOf;
		}
		Map<Long, Long> open = alerts.openIdsFor(abnormalOrders);
		for (int k = 0; k < rows.size(); k++) {
			ReadingDatabase.NewReading row = rows.get(k);
			if (!(AlertPolicy.assess(row.temperature(), row.symptoms()) instanceof AlertPolicy.Abnormal(AlertKind kind))) {
				continue;
			}
			Long existing = open.get(row.observationId());
			if (existing != null) {
				alertOf[k] = existing;
				continue;
			}
			ObservationRow order = pending.get(accepted.get(k)).order();
			long alertId = alerts.open(order, ids.get(k), kind, row.temperature(), row.symptoms(), row.date(), now);
			open.put(order.id(), alertId);
			alertOf[k] = alertId;
			events.publishEvent(new FeverAlertRaised(alertId, order.id(), order.personId(),
					order.jurisdictionPath().value(), row.temperature(), row.symptoms()));
		}
		return alertOf;
	}
}
