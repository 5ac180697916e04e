package org.bastion.observation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.observation.ObservationDatabase.ObservationRow;
import org.bastion.observation.SlotDatabase.SlotRow;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lists a monitor works from: today's persons with their slots, and the checks missed in an area. */
@Service
@Transactional
class MonitorLists {

	/** A county's missed checks of a day are listed up to this many; the count says if there are more. */
	public static final int MAX_MISSED = 1000;

	private final Observations observations;

	private final ObservationDatabase orders;

	private final SlotDatabase slots;

	private final HealthChecks checks;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final FieldClock clock;

	private final Jurisdictions jurisdictions;

	private final AccountNames names;

	MonitorLists(Observations observations, ObservationDatabase orders, SlotDatabase slots, HealthChecks checks,
			CurrentViewer viewer, AuditTrail audit, FieldClock clock, Jurisdictions jurisdictions, AccountNames names) {
		this.names = names;
		this.jurisdictions = jurisdictions;
		this.observations = observations;
		this.orders = orders;
		this.slots = slots;
		this.checks = checks;
		this.viewer = viewer;
		this.audit = audit;
		this.clock = clock;
	}

	/** The persons the signed-in monitor checks today, with today's slots, and those due for release. */
	public List<MonitorItem> mine() {
		LocalDate today = clock.today();
		List<ObservationRow> rows = orders.ofMonitor(viewer.get().userId(), viewer.scopePattern())
			.stream()
			.filter(row -> !row.startDate().isAfter(today))
			.toList();
		Map<Long, List<SlotRow>> todays = slots.on(rows.stream().map(ObservationRow::id).toList(), today)
			.stream()
			.collect(Collectors.groupingBy(SlotRow::observationId));
		audit.record(AuditAction.SEARCH, Observations.OBSERVATION, "mine");
		List<ObservationView> views = observations.views(rows);
		return IntStream.range(0, rows.size())
			.mapToObj(i -> new MonitorItem(views.get(i),
					checks.slotViews(todays.getOrDefault(rows.get(i).id(), List.of()), List.of()),
					!today.isBefore(rows.get(i).endDate())))
			.toList();
	}

	/**
	 * Slots of {@code date} (today when null) whose window has passed with no reading, in the viewer's area
	 * or a place inside it.
	 *
	 * @param mineOnly only the signed-in monitor's
	 */
	public List<MissedCheck> missed(LocalDate date, String jurisdictionCode, boolean mineOnly) {
		LocalDate day = date == null ? clock.today() : date;
		LocalTime passedBy = clock.passedBy(day);
		if (passedBy == null) {
			return List.of();
		}
		String scope = jurisdictions.scopePattern(jurisdictionCode);
		audit.record(AuditAction.SEARCH, Observations.OBSERVATION, "missed:" + day + " jurisdiction:" + jurisdictionCode);
		List<SlotDatabase.MissedSlot> missed = slots.missed(scope, day, passedBy,
				mineOnly ? viewer.get().userId() : null, MAX_MISSED);
		UnaryOperator<String> named = names
			.namer(missed.stream().map(SlotDatabase.MissedSlot::monitorUsername).toList());
		return missed.stream()
			.map(m -> new MissedCheck(m.observationId(), m.personId(), m.personName(), m.date(), m.slot(),
					m.windowStart() + "-" + m.windowEnd(), m.monitorUsername(), named.apply(m.monitorUsername()),
					m.jurisdictionCode()))
			.toList();
	}

	/**
	 * A check slot whose window passed with no reading.
	 *
	 * @param monitorName the monitor's display name ({@code monitorUsername} is the login)
	 */
	public record MissedCheck(long observationId, long personId, String personName, LocalDate date, int slot,
			String window, String monitorUsername, String monitorName, String jurisdictionCode) {
	}

	/**
	 * A person on the monitor's list for a day: the order, that day's slots with their state, and whether
	 * the order is due for release.
	 */
	public record MonitorItem(ObservationView observation, List<SlotView> slots, boolean dueForRelease) {
	}
}
