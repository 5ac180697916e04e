package org.bastion.observation;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Size;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.observation.ObservationDatabase.ObservationRow;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.people.People;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.Masking;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.Roles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Ending orders: who is due today, the release itself under {@link ReleasePolicy}, and its notice. */
@Service
@Transactional
public class Releases {

	/** Roles that may end an order before its end date. */
	static final Set<String> EARLY_ROLES = Set.of("SYSTEM_ADMIN", "HQ_STAFF", "MEDICAL_STAFF");

	private final Observations observations;

	private final ObservationDatabase orders;

	private final SlotDatabase slots;

	private final SettingsDatabase settings;

	private final NoticeNumbers numbers;

	private final People people;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final FieldClock clock;

	Releases(Observations observations, ObservationDatabase orders, SlotDatabase slots, SettingsDatabase settings,
			NoticeNumbers numbers, People people, Jurisdictions jurisdictions, CurrentViewer viewer, AuditTrail audit,
			ApplicationEventPublisher events, FieldClock clock) {
		this.observations = observations;
		this.orders = orders;
		this.slots = slots;
		this.settings = settings;
		this.numbers = numbers;
		this.people = people;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Open orders in the viewer's area whose end date has come by {@code date} (today when null). */
	public List<ObservationView> dueForRelease(LocalDate date) {
		LocalDate day = date == null ? clock.today() : date;
		List<ObservationView> due = observations.views(orders.dueForRelease(viewer.scopePattern(), day));
		audit.record(AuditAction.SEARCH, Observations.OBSERVATION, "dueForRelease:" + day);
		return due;
	}

	/**
	 * Releases an order and numbers its notice.
	 *
	 * @throws ConflictException {@code observation.released} when it was released already
	 * @throws InvalidInputException when {@link ReleasePolicy} refuses
	 */
	@PreAuthorize(Roles.HEALTH_WORKERS)
	public ObservationView release(long id, ReleaseRequest request) {
		ObservationRow row = observations.load(id);
		viewer.requireWritable(row.jurisdictionPath());
		if (!row.open()) {
			throw new ConflictException("observation.released", observations.view(row, false), row.releasedOn());
		}
		LocalDate today = clock.today();
		String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
		var decision = ReleasePolicy.decide(row.period(), row.lastReadingAbnormal(), request.date(), reason, today,
				EARLY_ROLES.contains(viewer.get().role()));
		boolean early = switch (decision) {
			case ReleasePolicy.Allowance allowed -> allowed.early();
			case ReleasePolicy.Invalid invalid -> throw new InvalidInputException(invalid.violations());
			case ReleasePolicy.Refusal refused -> throw new ForbiddenException(refused.messageKey(), row.endDate());
		};
		String number = numbers.next(settings.get().noticePrefix(), request.date().getYear());
		if (!orders.release(id, request.date(), reason, early, viewer.get().username(), number)) {
			throw new ConflictException("observation.released", null, request.date());
		}
		slots.dropEmptyFrom(id, request.date());
		audit.record(AuditAction.UPDATE, Observations.target(id), "release:" + number);
		events.publishEvent(new ObservationReleased(id, row.personId(), row.jurisdictionPath().value(), request.date(),
				early, number));
		return observations.view(observations.load(id), false);
	}

	/** The release notice of a released order; audited as a view of the person's data. */
	public ReleaseNotice notice(long id) {
		ObservationRow row = observations.load(id);
		if (row.open()) {
			throw new NotFoundException("notice");
		}
		String idNumber = people.find(row.personId()).idNumber();
		audit.record(AuditAction.VIEW, Observations.target(id), "notice:" + row.noticeNumber());
		return new ReleaseNotice(row.noticeNumber(), id, row.personName(), Masking.idNumber(idNumber), row.kind(),
				row.startDate(), row.endDate(), row.releasedOn(), Boolean.TRUE.equals(row.releasedEarly()), issuer(row));
	}

	/** The township (or the county, for an order made there) that issues the notice. */
	private String issuer(ObservationRow row) {
		List<Jurisdiction> lineage = jurisdictions.lineage(row.jurisdictionCode());
		return lineage.stream()
			.limit(2)
			.map(Jurisdiction::name)
			.reduce((a, b) -> a + b)
			.orElse(row.jurisdictionCode());
	}

	/** Ends an order: on or after its end date, or earlier with a reason by HQ or medical staff. */
	public record ReleaseRequest(LocalDate date, @Size(max = 200, message = "{observation.reason.size}") String reason) {
	}

	/**
	 * The release notice (解除医学观察告知书) as printed or shown on a phone. The ID number is always masked:
	 * the notice is shown to whoever the person hands their phone to.
	 */
	public record ReleaseNotice(String number, long observationId, String personName, String maskedIdNumber,
			ObservationKind kind, LocalDate startDate, LocalDate endDate, LocalDate releasedOn, boolean early,
			String issuer) {
	}
}
