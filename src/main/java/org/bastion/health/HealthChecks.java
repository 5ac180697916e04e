package org.bastion.health;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.BastionException;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Daily checks of an order: its slots with their readings, and recording checks one by one or in a batch. */
@Service
@Transactional
public class HealthChecks {

	/** A phone that was offline for a day or two sends at most this many checks at once. */
	public static final int MAX_BATCH = 500;

	private final Observations observations;

	private final SlotDatabase slots;

	private final ReadingDatabase readings;

	private final ReadingRecorder recorder;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final HealthClock clock;

	private final TransactionTemplate wholeBatch;

	private final TransactionTemplate eachItem;

	HealthChecks(Observations observations, SlotDatabase slots, ReadingDatabase readings, ReadingRecorder recorder,
			CurrentViewer viewer, AuditTrail audit, HealthClock clock, PlatformTransactionManager transactions) {
		this.observations = observations;
		this.slots = slots;
		this.readings = readings;
		this.recorder = recorder;
		this.viewer = viewer;
		this.audit = audit;
		this.clock = clock;
		this.wholeBatch = new TransactionTemplate(transactions);
		this.eachItem = new TransactionTemplate(transactions);
		this.eachItem.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/** Every slot of an order, in order, with its readings and state; audited as a view. */
	public List<SlotView> checks(long observationId) {
		ObservationRow order = observations.load(observationId);
		audit.record(AuditAction.VIEW, Observations.target(observationId), "checks");
		return slotViews(slots.ofObservation(order.id()), readings.ofObservation(order.id()));
	}

	/**
	 * Records one check.
	 *
	 * @throws InvalidInputException naming every broken rule
	 * @throws ConflictException {@code observation.released} for a released order
	 */
	@PreAuthorize(Observations.WRITERS)
	public CheckRecorded record(long observationId, NewCheck check) {
		CheckRecorded recorded = store(observationId, check);
		if (!recorded.replayed()) {
			audit.record(AuditAction.CREATE, Observations.target(observationId), "reading:" + recorded.reading().id());
		}
		return recorded;
	}

	private CheckRecorded store(long observationId, NewCheck check) {
		ObservationRow order = observations.load(observationId);
		var earlier = recorder.earlier(check.clientId());
		if (earlier.isPresent()) {
			if (earlier.get().observationId() != observationId) {
				throw new ConflictException("check.clientId.reused", null);
			}
			return recorder.replay(earlier.get());
		}
		viewer.requireWritable(order.jurisdictionPath());
		return recorder.record(order, check, ReadingSource.STAFF, viewer.get().username());
	}

	/**
	 * Records many checks, each on its own: the good ones are stored, the bad ones answered with what is
	 * wrong, as the single endpoint would. A check whose client id was seen is answered as the first time.
	 * One transaction holds the batch and each check has a savepoint of its own, so a refused check costs
	 * only itself and the batch costs one commit, not one per check.
	 */
	@PreAuthorize(Observations.WRITERS)
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public List<BatchOutcome> recordBatch(List<BatchCheck> checks) {
		if (checks.size() > MAX_BATCH) {
			throw new InvalidInputException(new FieldViolation("items", "size", "check.batch.size", MAX_BATCH));
		}
		return wholeBatch.execute(status -> {
			List<BatchOutcome> outcomes = recordEach(checks);
			long stored = outcomes.stream().filter(o -> o.status() == 201).count();
			if (stored > 0) {
				audit.record(AuditAction.CREATE, Observations.OBSERVATION, "readings:" + stored);
			}
			return outcomes;
		});
	}

	private List<BatchOutcome> recordEach(List<BatchCheck> checks) {
		List<BatchOutcome> outcomes = new ArrayList<>(checks.size());
		for (int i = 0; i < checks.size(); i++) {
			BatchCheck check = checks.get(i);
			int index = i;
			if (check == null || check.observationId() == null) {
				outcomes.add(new BatchOutcome(index, null, check == null ? null : check.clientId(), 400, null,
						List.of(new FieldViolation("observationId", "required", "check.observationId.required")), null));
				continue;
			}
			try {
				CheckRecorded recorded = eachItem.execute(status -> store(check.observationId(), check.toNewCheck()));
				outcomes.add(new BatchOutcome(index, check.observationId(), check.clientId(),
						recorded.replayed() ? 200 : 201, recorded, List.of(), null));
			}
			catch (InvalidInputException invalid) {
				outcomes.add(new BatchOutcome(index, check.observationId(), check.clientId(), 400, null,
						invalid.violations(), invalid.messageKey()));
			}
			catch (BastionException refused) {
				int status = switch (refused) {
					case NotFoundException n -> 404;
					case ForbiddenException f -> 403;
					case ConflictException c -> 409;
					default -> 400;
				};
				outcomes.add(new BatchOutcome(index, check.observationId(), check.clientId(), status, null, List.of(),
						refused.messageKey()));
			}
		}
		return outcomes;
	}

	List<SlotView> slotViews(List<SlotRow> slotRows, List<ReadingRow> readingRows) {
		Map<String, List<ReadingView>> byslot = readingRows.stream()
			.collect(Collectors.groupingBy(r -> r.date() + "#" + r.slot(), Collectors.mapping(ReadingView::of,
					Collectors.toList())));
		LocalDate today = clock.today();
		LocalTime now = clock.now();
		return slotRows.stream().map(slot -> {
			boolean passed = slot.date().isBefore(today) || (slot.date().equals(today) && !now.isBefore(slot.windowEnd()));
			return new SlotView(slot.date(), slot.slot(), slot.windowStart() + "-" + slot.windowEnd(),
					SlotState.of(slot.readingCount(), slot.abnormal(), passed),
					byslot.getOrDefault(slot.date() + "#" + slot.slot(), List.of()));
		}).toList();
	}
}
