package org.bastion.health;

import java.util.Optional;

import org.bastion.shared.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores one check of an order the caller has found and may write to: the rules of {@link CheckRules},
 * the slot, the order's last check, and an alert under {@link AlertRule}. Runs inside the caller's
 * transaction; the monitor's checks and the person's self-reports both come through here.
 */
@Component
class ReadingRecorder {

	private final ReadingDatabase readings;

	private final SlotDatabase slots;

	private final ObservationDatabase orders;

	private final AlertDatabase alerts;

	private final ReadingPartitions partitions;

	private final ApplicationEventPublisher events;

	private final HealthClock clock;

	ReadingRecorder(ReadingDatabase readings, SlotDatabase slots, ObservationDatabase orders, AlertDatabase alerts,
			ReadingPartitions partitions, ApplicationEventPublisher events, HealthClock clock) {
		this.readings = readings;
		this.slots = slots;
		this.orders = orders;
		this.alerts = alerts;
		this.partitions = partitions;
		this.events = events;
		this.clock = clock;
	}

	/** The reading a client id stored, if it was seen: the same check is never stored twice. */
	Optional<ReadingRow> earlier(String clientId) {
		return clientId == null || clientId.isBlank() ? Optional.empty() : readings.findByClientId(clientId.strip());
	}

	/** The answer the first submission of {@code earlier} got. */
	CheckRecorded replay(ReadingRow earlier) {
		return new CheckRecorded(ReadingView.of(earlier), alerts.idForReading(earlier.id())
			.or(() -> alerts.openFor(earlier.observationId()).map(AlertView::id)
				.filter(open -> AlertRule.abnormal(earlier.temperature(), earlier.symptoms())))
			.orElse(null), true);
	}

	/**
	 * @throws ConflictException {@code observation.released} for an order no longer open
	 * @throws org.bastion.shared.InvalidInputException naming every broken rule
	 */
	CheckRecorded record(ObservationRow order, NewCheck check, ReadingSource source, String recordedBy) {
		if (!order.open()) {
			throw new ConflictException("observation.released", null, order.releasedOn());
		}
		if (check.clientId() != null && check.clientId().length() > 64) {
			throw new org.bastion.shared.InvalidInputException(
					new org.bastion.shared.FieldViolation("clientId", "size", "check.clientId.size"));
		}
		var checked = CheckRules.check(order.period(), order.windows().size(), check.date(), check.slot(),
				check.temperature(), check.symptoms(), clock.today());
		int slot = checked.slot() != null ? checked.slot()
				: CheckRules.chooseSlot(order.windows(), checked.date(), clock.today(), clock.now(),
						slots.filled(order.id(), checked.date()));
		partitions.ensure(checked.date());
		String clientId = check.clientId() == null || check.clientId().isBlank() ? null : check.clientId().strip();
		java.time.Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
		long readingId = readings.insert(order.id(), checked.date(), slot, order.personId(), checked.temperature(),
				checked.symptoms(), source, clientId, recordedBy, now, order.jurisdictionPath());
		var assessment = AlertRule.assess(checked.temperature(), checked.symptoms());
		boolean abnormal = assessment instanceof AlertRule.Abnormal;
		slots.noteReading(order.id(), checked.date(), slot, abnormal);
		orders.noteReading(order.id(), checked.date(), slot, checked.temperature(), abnormal);
		Long alertId = null;
		if (assessment instanceof AlertRule.Abnormal(AlertKind kind)) {
			// One open alert per order: a second fever before anyone acted is the same task.
			Optional<AlertView> open = alerts.openFor(order.id());
			if (open.isPresent()) {
				alertId = open.get().id();
			}
			else {
				alertId = alerts.open(order, readingId, kind, checked.temperature(), checked.symptoms(), checked.date());
				events.publishEvent(new FeverAlertRaised(alertId, order.id(), order.personId(),
						order.jurisdictionPath().value(), checked.temperature(), checked.symptoms()));
			}
		}
		ReadingView reading = new ReadingView(readingId, order.id(), checked.date(), slot, checked.temperature(),
				checked.symptoms(), source, recordedBy, now, abnormal);
		return new CheckRecorded(reading, alertId, false);
	}
}
