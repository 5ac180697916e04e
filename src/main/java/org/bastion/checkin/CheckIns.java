package org.bastion.checkin;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bastion.observation.AlertPolicy;
import org.bastion.observation.AlertView.AlertKind;
import org.bastion.observation.CheckPolicy;
import org.bastion.observation.ObservationPeriod;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Health check-ins of a unit's members for the current window (the one started last today), the live
 * list of who has not checked in, reminders recorded per missing member, and alerts for a fever or
 * symptom at check-in, judged by the same {@link AlertPolicy} as observation checks. The observation
 * alerts belong to an order, which staff do not have; check-in alerts are kept apart for that reason.
 */
@Service
@Transactional
public class CheckIns {

	static final String ALERT = "checkin-alert";

	private final StaffUnits units;

	private final StaffUnitDatabase unitRows;

	private final CheckInDatabase entries;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final FieldClock clock;

	private final AccountNames names;

	CheckIns(StaffUnits units, StaffUnitDatabase unitRows, CheckInDatabase entries, CurrentViewer viewer,
			AuditTrail audit, ApplicationEventPublisher events, FieldClock clock, AccountNames names) {
		this.names = names;
		this.units = units;
		this.unitRows = unitRows;
		this.entries = entries;
		this.viewer = viewer;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a member's check-in for today's current window; a repeated client id stores nothing new.
	 *
	 * @throws InvalidInputException a temperature outside 35.0-42.0, an unknown symptom, or not a member
	 */
	@PreAuthorize(StaffUnits.KEEPERS)
	public CheckInView record(long unitId, NewCheckIn request) {
		StaffUnitRow unit = units.load(unitId);
		viewer.requireWritable(unit.jurisdictionPath());
		String clientId = Idempotency.stored(request.clientId(), "checkin.clientId.size");
		if (clientId != null) {
			var earlier = entries.entryByClientId(clientId);
			if (earlier.isPresent() && earlier.get().unitId() == unitId) {
				CheckInView e = earlier.get();
				return e.as(names.namer(e.recordedBy()).apply(e.recordedBy()), true);
			}
			if (earlier.isPresent()) {
				throw new ConflictException("checkin.clientId.used", null);
			}
		}
		StaffUnitMember member = unitRows.member(unitId, request.personId())
			.orElseThrow(() -> new InvalidInputException(new FieldViolation("personId", "member", "checkin.personId.notMember")));
		LocalDate today = clock.today();
		int slot = currentSlot(unit);
		// The order's period rule does not apply to staff: any day is a day to check in, today only.
		CheckPolicy.CheckedReading reading = CheckPolicy.check(new ObservationPeriod(today, 1), unit.windows().size(), today,
				slot, request.temperature(), request.symptoms(), today);
		AlertPolicy.Assessment assessment = AlertPolicy.assess(reading.temperature(), reading.symptoms());
		boolean abnormal = assessment instanceof AlertPolicy.Abnormal;
		long id = entries.insert(clientId, unitId, member.personId(), today, slot, reading.temperature(), reading.symptoms(),
				abnormal, unit.jurisdictionPath(), viewer.get().username());
		if (assessment instanceof AlertPolicy.Abnormal(AlertKind kind)) {
			long alertId = entries.openAlert(id, unitId, member.personId(), member.personName(), kind, reading.temperature(),
					unit.jurisdictionPath());
			events.publishEvent(new CheckInFeverReported(alertId, unitId, member.personId(),
					unit.jurisdictionPath().value(), reading.temperature(), reading.symptoms()));
		}
		audit.record(AuditAction.CREATE, StaffUnits.target(unitId), "checkin:" + member.personId());
		return CheckInView.named(List.of(entries.entry(id).orElseThrow()), names).getFirst();
	}

	/**
	 * The members without a check-in for the current window, with the time each was last reminded;
	 * audited as a view of personal data (their names).
	 */
	public CheckInMissing missing(long unitId) {
		StaffUnitRow unit = units.load(unitId);
		audit.record(AuditAction.VIEW, StaffUnits.target(unitId), "missing");
		return missingNow(unit);
	}

	private CheckInMissing missingNow(StaffUnitRow unit) {
		long unitId = unit.id();
		LocalDate today = clock.today();
		int slot = currentSlot(unit);
		Set<Long> done = new java.util.HashSet<>();
		for (CheckInView entry : entries.entriesOn(unitId, today)) {
			if (entry.slot() == slot) {
				done.add(entry.personId());
			}
		}
		Map<Long, java.time.Instant> reminded = entries.reminders(unitId, today, slot);
		List<StaffUnitMember> members = unitRows.members(unitId);
		List<CheckInMissing.Member> missing = new ArrayList<>();
		for (StaffUnitMember m : members) {
			if (!done.contains(m.personId())) {
				var at = reminded.get(m.personId());
				missing.add(new CheckInMissing.Member(m.personId(), m.personName(),
						at == null ? null : LocalTime.ofInstant(at, clock.zone()).withSecond(0).withNano(0)));
			}
		}
		return new CheckInMissing(unitId, today, slot, unit.windows().get(slot - 1).toString(), members.size(), missing);
	}

	/**
	 * Records a reminder for every member still missing in the current window. No message is sent: there
	 * is no SMS gateway; the staff tell them and the list shows when.
	 */
	@PreAuthorize(StaffUnits.KEEPERS)
	public CheckInMissing remind(long unitId) {
		StaffUnitRow unit = units.load(unitId);
		viewer.requireWritable(unit.jurisdictionPath());
		CheckInMissing before = missingNow(unit);
		for (CheckInMissing.Member m : before.missing()) {
			entries.remind(unitId, m.personId(), before.date(), before.slot(), viewer.get().username());
		}
		audit.record(AuditAction.UPDATE, StaffUnits.target(unitId), "remind:" + before.missing().size());
		return missingNow(unit);
	}

	/** Today's check-ins of a unit, newest first. */
	@Transactional(readOnly = true)
	public List<CheckInView> today(long unitId) {
		units.load(unitId);
		return CheckInView.named(entries.entriesOn(unitId, clock.today()), names);
	}

	/** A unit's check-in alerts, newest first; audited as a view of personal data. */
	public List<CheckInAlertView> alerts(long unitId, boolean openOnly) {
		units.load(unitId);
		audit.record(AuditAction.VIEW, StaffUnits.target(unitId), "alerts");
		return CheckInAlertView.named(entries.alerts(unitId, openOnly), names);
	}

	/** @throws ConflictException {@code alert.closed} when someone closed it already */
	@PreAuthorize(StaffUnits.KEEPERS)
	public CheckInAlertView closeAlert(long id, String note) {
		CheckInAlertView alert = entries.alert(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(ALERT));
		viewer.requireWritable(units.load(alert.unitId()).jurisdictionPath());
		if (note == null || note.isBlank() || note.length() > 200) {
			throw new InvalidInputException(new FieldViolation("note", "required", "checkin.alert.note.required"));
		}
		if (!entries.closeAlert(id, note.strip(), viewer.get().username())) {
			throw new ConflictException("alert.closed", entries.alert(id, viewer.scopePattern())
				.map(closed -> CheckInAlertView.named(List.of(closed), names).getFirst())
				.orElse(null));
		}
		audit.record(AuditAction.UPDATE, ALERT + ":" + id, "close");
		CheckInAlertView closed = entries.alert(id, viewer.scopePattern()).orElseThrow();
		return CheckInAlertView.named(List.of(closed), names).getFirst();
	}

	private int currentSlot(StaffUnitRow unit) {
		LocalDate today = clock.today();
		return CheckPolicy.chooseSlot(unit.windows(), today, today, clock.now(), Set.of());
	}
}
