package org.bastion.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.bastion.observation.ObservationDatabase.ObservationRow;
import org.bastion.observation.ReadingDatabase.ReadingRow;
import org.bastion.observation.ReadingView.ReadingSource;
import org.bastion.observation.SlotDatabase.SlotRow;
import org.bastion.observation.SlotView.SlotState;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.BastionException;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.Roles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Daily checks of an order: its slots with their readings, and recording checks one by one or in a batch. */
@Service
@Transactional
public class HealthChecks {

	/** A phone that was offline for a day or two sends at most this many checks at once. */
	public static final int MAX_BATCH = 500;

	private static final int ATTEMPTS = 3;

	private final Observations observations;

	private final SlotDatabase slots;

	private final ReadingDatabase readings;

	private final ReadingRecorder recorder;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final FieldClock clock;

	private final TransactionTemplate wholeBatch;

	private final AccountNames names;

	HealthChecks(Observations observations, SlotDatabase slots, ReadingDatabase readings, ReadingRecorder recorder,
			CurrentViewer viewer, AuditTrail audit, FieldClock clock, PlatformTransactionManager transactions,
			AccountNames names) {
		this.names = names;
		this.observations = observations;
		this.slots = slots;
		this.readings = readings;
		this.recorder = recorder;
		this.viewer = viewer;
		this.audit = audit;
		this.clock = clock;
		this.wholeBatch = new TransactionTemplate(transactions);
	}

	/** Every slot of an order, in order, with its readings and state; audited as a view. */
	public List<SlotView> checks(long observationId) {
		ObservationRow order = observations.load(observationId);
		audit.record(AuditAction.VIEW, Observations.target(observationId), "checks");
		return slotViews(slots.ofObservation(order.id()), readings.ofObservation(order.id()));
	}

	/** The slots of today and yesterday the check form offers, the one open now first; none for a released order. */
	@Transactional(readOnly = true)
	public List<CheckPolicy.SlotChoice> choices(long observationId) {
		ObservationRow order = observations.load(observationId);
		if (!order.open()) {
			return List.of();
		}
		LocalDateTime now = clock.dateTime();
		LocalDate yesterday = now.toLocalDate().minusDays(1);
		List<CheckPolicy.DaySlot> days = slots.ofObservation(order.id()).stream()
			.filter(s -> !s.date().isBefore(yesterday) && !s.date().isAfter(now.toLocalDate()))
			.map(s -> new CheckPolicy.DaySlot(s.date(), s.slot(), new CheckWindow(s.windowStart(), s.windowEnd()),
					s.readingCount() > 0))
			.toList();
		return CheckPolicy.choices(days, now);
	}

	/**
	 * What {@link CheckPolicy#placeReading} would refuse of a check of {@code date} (its slot filled, still to
	 * come, no slot open at the time), without storing anything: for a form refused on other fields, so that
	 * every mistake shows at once.
	 */
	@Transactional(readOnly = true)
	public Optional<FieldViolation> slotRefusal(long observationId, LocalDate date, Integer slot, LocalTime time) {
		ObservationRow order = observations.load(observationId);
		List<CheckPolicy.DaySlot> day = slots.on(List.of(order.id()), date).stream()
			.map(s -> new CheckPolicy.DaySlot(s.date(), s.slot(), new CheckWindow(s.windowStart(), s.windowEnd()),
					s.readingCount() > 0))
			.toList();
		if (day.isEmpty()) {
			return Optional.empty();
		}
		return CheckPolicy.placeReading(day, date, time, clock.dateTime(), slot) instanceof CheckPolicy.Refused(
				FieldViolation reason) ? Optional.of(reason) : Optional.empty();
	}

	/**
	 * Records one check.
	 *
	 * @throws InvalidInputException naming every broken rule
	 * @throws ConflictException {@code observation.released} for a released order
	 */
	@PreAuthorize(Roles.HEALTH_WORKERS)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public CheckOutcome record(long observationId, NewCheck check) {
		BatchCheck item = new BatchCheck(observationId, check.clientId(), check.date(), check.slot(), check.temperature(),
				check.symptoms(), check.time());
		ReadingRecorder.Outcome outcome = inOneTransaction(List.of(item), stored -> stored.forEach(
				recorded -> audit.record(AuditAction.CREATE, Observations.target(observationId),
						"reading:" + recorded.reading().id()))).getFirst();
		return switch (outcome) {
			case ReadingRecorder.Acceptance stored -> stored.recorded();
			case ReadingRecorder.Refusal refused -> throw refused.reason();
		};
	}

	/**
	 * Records many checks, each on its own: the good ones are stored, the bad ones answered with what is
	 * wrong, as the single endpoint would. A check whose client id was seen is answered as the first time.
	 * The rules run in memory and the batch is written by a handful of set statements in one transaction,
	 * so a batch costs one commit and about as many statements as a single check.
	 */
	@PreAuthorize(Roles.HEALTH_WORKERS)
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public List<BatchOutcome> recordBatch(List<BatchCheck> checks) {
		if (checks.size() > MAX_BATCH) {
			throw new InvalidInputException(new FieldViolation("items", "size", "check.batch.size", MAX_BATCH));
		}
		List<ReadingRecorder.Outcome> outcomes = inOneTransaction(checks, stored -> {
			if (!stored.isEmpty()) {
				audit.record(AuditAction.CREATE, Observations.OBSERVATION, "readings:" + stored.size());
			}
		});
		List<BatchOutcome> answers = new ArrayList<>(checks.size());
		for (int i = 0; i < checks.size(); i++) {
			BatchCheck check = checks.get(i);
			Long observationId = check == null ? null : check.observationId();
			String clientId = check == null ? null : check.clientId();
			answers.add(switch (outcomes.get(i)) {
				case ReadingRecorder.Acceptance(CheckOutcome recorded) -> new BatchOutcome(i, observationId, clientId,
						recorded.replayed() ? 200 : 201, recorded, List.of(), null);
				case ReadingRecorder.Refusal(InvalidInputException invalid) -> new BatchOutcome(i, observationId, clientId,
						400, null, invalid.violations(), invalid.messageKey());
				case ReadingRecorder.Refusal(BastionException refused) -> new BatchOutcome(i, observationId, clientId,
						status(refused), null, List.of(), refused.messageKey());
			});
		}
		return answers;
	}

	private static int status(BastionException refused) {
		return switch (refused) {
			case NotFoundException n -> 404;
			case ForbiddenException f -> 403;
			case ConflictException c -> 409;
			default -> 400;
		};
	}

	/**
	 * Stores the checks in one transaction and lets {@code audit} note the new readings in it, trying again
	 * when a concurrent transaction got in the way. Two phones sending the same client id at the same
	 * moment: the loser's insert breaks the unique key, its transaction rolls back, and the next attempt
	 * answers it as a replay of the winner's. A lock the database broke to end a deadlock: the next
	 * attempt finds the other transaction done.
	 */
	private List<ReadingRecorder.Outcome> inOneTransaction(List<BatchCheck> checks, Consumer<List<CheckOutcome>> audit) {
		for (int attempt = 1;; attempt++) {
			try {
				return wholeBatch.execute(status -> storeAll(checks, audit));
			}
			catch (DuplicateKeyException | PessimisticLockingFailureException concurrent) {
				if (attempt == ATTEMPTS) {
					throw concurrent;
				}
			}
		}
	}

	private List<ReadingRecorder.Outcome> storeAll(List<BatchCheck> checks, Consumer<List<CheckOutcome>> audit) {
		Set<Long> ids = new HashSet<>();
		Set<String> clientIds = new HashSet<>();
		for (BatchCheck check : checks) {
			if (check != null && check.observationId() != null) {
				ids.add(check.observationId());
				String key = ReadingRecorder.clientKey(check.clientId());
				if (key != null) {
					clientIds.add(key);
				}
			}
		}
		Map<Long, ObservationRow> orders = observations.loadAll(ids);
		Map<String, ReadingRow> earlier = recorder.earlier(clientIds);
		ReadingRecorder.Outcome[] outcomes = new ReadingRecorder.Outcome[checks.size()];
		Map<String, Integer> firstWithClientId = new HashMap<>();
		Map<Integer, Integer> sameAs = new LinkedHashMap<>();
		List<ReadingRecorder.Pending> pending = new ArrayList<>();
		List<Integer> pendingIndex = new ArrayList<>();
		String username = viewer.get().username();
		for (int i = 0; i < checks.size(); i++) {
			BatchCheck check = checks.get(i);
			if (check == null || check.observationId() == null) {
				outcomes[i] = new ReadingRecorder.Refusal(new InvalidInputException(
						new FieldViolation("observationId", "required", "check.observationId.required")));
				continue;
			}
			ObservationRow order = orders.get(check.observationId());
			if (order == null) {
				outcomes[i] = new ReadingRecorder.Refusal(new NotFoundException(Observations.OBSERVATION));
				continue;
			}
			String clientId = ReadingRecorder.clientKey(check.clientId());
			ReadingRow seen = clientId == null ? null : earlier.get(clientId);
			if (seen != null) {
				outcomes[i] = seen.observationId() == order.id() ? new ReadingRecorder.Acceptance(recorder.replay(seen))
						: new ReadingRecorder.Refusal(new ConflictException("check.clientId.reused", null));
				continue;
			}
			if (clientId != null && firstWithClientId.putIfAbsent(clientId, i) != null) {
				sameAs.put(i, firstWithClientId.get(clientId));
				continue;
			}
			try {
				viewer.requireWritable(order.jurisdictionPath());
			}
			catch (ForbiddenException refused) {
				outcomes[i] = new ReadingRecorder.Refusal(refused);
				continue;
			}
			pending.add(new ReadingRecorder.Pending(order, check.toNewCheck()));
			pendingIndex.add(i);
		}
		List<ReadingRecorder.Outcome> recorded = pending.isEmpty() ? List.of()
				: recorder.recordAll(pending, ReadingSource.STAFF, username);
		List<CheckOutcome> stored = new ArrayList<>();
		for (int k = 0; k < recorded.size(); k++) {
			outcomes[pendingIndex.get(k)] = recorded.get(k);
			if (recorded.get(k) instanceof ReadingRecorder.Acceptance(CheckOutcome reading)) {
				stored.add(reading);
			}
		}
		// The same client id twice in one batch is one check sent twice: the second is answered as the first.
		sameAs.forEach((repeat, first) -> outcomes[repeat] = outcomes[first] instanceof ReadingRecorder.Acceptance(
				CheckOutcome reading) ? new ReadingRecorder.Acceptance(new CheckOutcome(reading.reading(), reading.alertId(), true, false))
						: outcomes[first]);
		audit.accept(stored);
		return List.of(outcomes);
	}

	List<SlotView> slotViews(List<SlotRow> slotRows, List<ReadingRow> readingRows) {
		UnaryOperator<String> named = names.namer(readingRows.stream().map(ReadingRow::recordedBy).toList());
		Map<String, List<ReadingView>> byslot = readingRows.stream()
			.collect(Collectors.groupingBy(r -> r.date() + "#" + r.slot(),
					Collectors.mapping(r -> ReadingView.of(r, named), Collectors.toList())));
		LocalDate today = clock.today();
		LocalTime now = clock.now();
		return slotRows.stream().map(slot -> {
			boolean passed = slot.date().isBefore(today) || (slot.date().equals(today) && !now.isBefore(slot.windowEnd()));
			return new SlotView(slot.date(), slot.slot(), slot.windowStart() + "-" + slot.windowEnd(),
					SlotState.of(slot.readingCount(), slot.abnormal(), passed),
					byslot.getOrDefault(slot.date() + "#" + slot.slot(), List.of()));
		}).toList();
	}

	/** One check of a batch sent by a phone that was offline, with the time it was taken when the phone knows it. */
	public record BatchCheck(Long observationId, String clientId, LocalDate date, Integer slot, BigDecimal temperature,
			List<String> symptoms, LocalTime time) {

		public BatchCheck(Long observationId, String clientId, LocalDate date, Integer slot, BigDecimal temperature,
				List<String> symptoms) {
			this(observationId, clientId, date, slot, temperature, symptoms, null);
		}

		NewCheck toNewCheck() {
			return new NewCheck(clientId, date, slot, temperature, symptoms, time);
		}
	}

	/**
	 * What became of one check of a batch: {@code status} as the single endpoint would have answered (201
	 * stored, 200 seen before, 400 invalid, 404 unknown order, 409 released order), with the rule broken.
	 *
	 * @param messageKey the refusal when it is not about a field
	 */
	public record BatchOutcome(int index, Long observationId, String clientId, int status, CheckOutcome recorded,
			List<FieldViolation> violations, String messageKey) {
	}

	/**
	 * What recording a check did.
	 *
	 * @param alertId the alert the reading opened or joined, if it was abnormal
	 * @param replayed true when the client id had been seen: nothing new was stored
	 * @param late true when this submission filled a missed slot as 补录 (a replay does not say: false)
	 */
	public record CheckOutcome(ReadingView reading, Long alertId, boolean replayed, boolean late) {

		public CheckOutcome(ReadingView reading, Long alertId, boolean replayed) {
			this(reading, alertId, replayed, false);
		}
	}
}
