package org.bastion.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.bastion.cases.CaseConfirmed;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.observation.FeverAlertRaised;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.people.PhoneNumber;
import org.bastion.reporting.ImmediateReportDatabase.NewRow;
import org.bastion.reporting.ImmediateReportDatabase.Stored;
import org.bastion.reporting.ImmediateReportPolicy.AlreadyAcknowledged;
import org.bastion.reporting.ImmediateReportPolicy.Refusal;
import org.bastion.security.Role;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.BehindSavepoint;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Roles;
import org.bastion.shared.Slice;
import org.bastion.shared.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Immediate reports (时时报) in the viewer's area: filed by whoever works an area, drafted by the system from
 * a confirmed case or a fever cluster, open until the township or HQ acknowledges them under
 * {@link ImmediateReportPolicy}.
 */
@Service
@Transactional
class ImmediateReports {

	static final String REPORT = "immediate-report";

	/** How far a phone's clock may run ahead of the server's before its time counts as the future. */
	private static final java.time.Duration CLOCK_SLACK = java.time.Duration.ofMinutes(10);

	/** The language of the text the system writes into the reports it drafts: the field's own. */
	private static final Locale DRAFT_LANGUAGE = Locale.SIMPLIFIED_CHINESE;

	private final ImmediateReportDatabase reports;

	private final Jurisdictions jurisdictions;

	private final People people;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final FieldClock clock;

	private final AccountNames names;

	private final MessageSource messages;

	ImmediateReports(ImmediateReportDatabase reports, Jurisdictions jurisdictions, People people, CurrentViewer viewer,
			AuditTrail audit, FieldClock clock, AccountNames names, MessageSource messages) {
		this.reports = reports;
		this.jurisdictions = jurisdictions;
		this.people = people;
		this.viewer = viewer;
		this.audit = audit;
		this.clock = clock;
		this.names = names;
		this.messages = messages;
	}

	/**
	 * Files a report in an area of the viewer's; a repeated client id stores nothing new and answers the first.
	 *
	 * @throws InvalidInputException naming every broken rule (an unknown area or person, a time in the future, a
	 * phone that is not a mobile number)
	 * @throws ForbiddenException {@code error.outsideArea} for an area outside the viewer's
	 */
	@PreAuthorize(Roles.GRID_WORKERS)
	public ImmediateReportView file(NewImmediateReport request) {
		String clientId = Idempotency.stored(request.clientId(), "immediate.clientId.size");
		if (clientId != null) {
			Optional<Stored> earlier = reports.byClientId(clientId);
			if (earlier.isPresent()) {
				viewer.requireVisible(earlier.get().path(), REPORT);
				return view(earlier.get(), true);
			}
		}
		List<FieldViolation> violations = new ArrayList<>();
		Jurisdiction place = jurisdictions.find(request.jurisdictionCode() == null ? null : request.jurisdictionCode().strip())
			.orElse(null);
		if (place == null) {
			violations.add(new FieldViolation("jurisdictionCode", "exists", "immediate.jurisdictionCode.unknown"));
		}
		else {
			viewer.requireWritable(place.path());
		}
		Instant happenedAt = request.happenedAt().atZone(clock.zone()).toInstant();
		if (happenedAt.isAfter(clock.instant().plus(CLOCK_SLACK))) {
			violations.add(new FieldViolation("happenedAt", "future", "immediate.happenedAt.future"));
		}
		PersonView person = person(request.personId(), violations);
		String phone = phone(request.reporterPhone(), violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		String by = viewer.get().username();
		NewRow row = new NewRow(clientId, null, request.kind(), place.code(), place.path(), place.name(),
				request.whatHappened().strip(), happenedAt, person == null ? null : person.id(),
				person == null ? null : person.name(), null, by, phone != null ? phone : reports.lastPhone(by).orElse(null));
		Optional<Long> id = BehindSavepoint.insertUnlessTaken(() -> reports.insert(row));
		if (id.isEmpty()) {
			// The same client id won a race a moment ago: answer what it stored.
			return view(reports.byClientId(clientId).orElseThrow(), true);
		}
		audit.record(AuditAction.CREATE, target(id.get()), "kind:" + request.kind());
		return view(load(id.get()), false);
	}

	/** One report; audited as a view of personal data (the person concerned). */
	public ImmediateReportView find(long id) {
		Stored report = load(id);
		audit.record(AuditAction.VIEW, target(id), null);
		return view(report, false);
	}

	/** The reports of the viewer's area or a place inside it, newest first, cursor paged. */
	public Slice<ImmediateReportView> list(String jurisdictionCode, boolean openOnly, String cursor, Integer limit) {
		String scope = jurisdictions.scopePattern(jurisdictionCode);
		PageRequest page = PageRequest.of(cursor, limit, "immediate.cursor.shape");
		Slice<Stored> slice = page.slice(reports.list(scope, openOnly, page.after(), page.fetch()), s -> s.view().id());
		audit.record(AuditAction.SEARCH, REPORT, "open:" + openOnly + " jurisdiction:" + jurisdictionCode);
		return new Slice<>(views(slice.items()), slice.nextCursor());
	}

	/**
	 * Acknowledges an open report with a note.
	 *
	 * @throws ConflictException {@code immediate.acknowledged} naming who acknowledged it first, with the report
	 * @throws ForbiddenException when the viewer's role does not acknowledge
	 */
	public ImmediateReportView acknowledge(long id, String note) {
		Stored report = load(id);
		Viewer me = viewer.get();
		if (me.readOnly()) {
			throw new ForbiddenException("error.readOnly");
		}
		String cleaned = note == null || note.isBlank() ? null : note.strip();
		if (cleaned != null && cleaned.length() > 200) {
			throw new InvalidInputException(new FieldViolation("note", "size", "immediate.note.size"));
		}
		var decision = ImmediateReportPolicy.acknowledge(new ImmediateReportPolicy.Asker(Role.valueOf(me.role()), me.scope()),
				new ImmediateReportPolicy.Report(report.path(), report.view().acknowledgedBy(), report.view().acknowledgedAt()));
		switch (decision) {
			case Refusal refused -> throw new ForbiddenException(refused.messageKey());
			case AlreadyAcknowledged first -> throw alreadyAcknowledged(report);
			case ImmediateReportPolicy.Acknowledge go -> {
				if (!reports.acknowledge(id, me.username(), cleaned)) {
					throw alreadyAcknowledged(load(id));
				}
			}
		}
		audit.record(AuditAction.UPDATE, target(id), "acknowledge");
		return view(load(id), false);
	}

	/** The phone the viewer gave on their last report, to fill the form with; null when they gave none yet. */
	@Transactional(readOnly = true)
	public String reporterPhone() {
		return reports.lastPhone(viewer.get().username()).orElse(null);
	}

	/** The open reports of an area, for the navigation and the home page. */
	@Transactional(readOnly = true)
	public long countOpen(JurisdictionPath scope) {
		return reports.countOpen(scope.likePattern());
	}

	/**
	 * The newest open reports of an area, newest first, for the home page: not audited, as the home page shows
	 * what happened where and names no person (a drafted report names its person in its own field only).
	 */
	@Transactional(readOnly = true)
	public List<ImmediateReportView> newestOpen(JurisdictionPath scope, int limit) {
		return reports.list(scope.likePattern(), true, null, limit).stream().map(Stored::view).toList();
	}

	/** Drafts the report of a confirmed case, once per case: a redelivered event stores nothing new. */
	void draftConfirmedCase(CaseConfirmed confirmed) {
		String source = "case:" + confirmed.caseId();
		if (reports.drafted(source)) {
			return;
		}
		JurisdictionPath path = new JurisdictionPath(confirmed.jurisdictionPath());
		Jurisdiction place = jurisdictions.find(path.leafCode()).orElse(null);
		PersonView person = people.find(confirmed.personId());
		// The person is named in their own field, shown on the report's audited page, not in the text the home page lists.
		String text = messages.getMessage("immediate.drafted.confirmedCase", new Object[] { confirmed.date().toString() },
				DRAFT_LANGUAGE);
		draft(new NewRow(null, source, ImmediateReportKind.CONFIRMED_CASE, path.leafCode(), path,
				place == null ? path.leafCode() : place.name(), text, happenedOn(confirmed.date()), person.id(),
				person.name(), "/cases/" + confirmed.caseId(), viewer.get().username(), null));
	}

	/**
	 * Keeps a copy of a fever alert by its village, and drafts a fever-cluster report when the village's alerts of
	 * the last day make one, once per village and day. The event tells no time: it is handled right after the
	 * alert's commit, so the time it is handled stands for the time it was raised.
	 */
	void feverRaised(FeverAlertRaised raised) {
		Jurisdiction village = village(new JurisdictionPath(raised.jurisdictionPath()));
		Instant now = clock.instant();
		if (!reports.recordFever(raised.alertId(), village.path(), now)) {
			return;
		}
		long alerts = reports.feversSince(village.path(), now.minus(ImmediateReportPolicy.CLUSTER_SPAN));
		if (!ImmediateReportPolicy.feverCluster(alerts)) {
			return;
		}
		LocalDate today = clock.today();
		String source = "fever:" + village.code() + ":" + today;
		if (reports.drafted(source)) {
			return;
		}
		String text = messages.getMessage("immediate.drafted.feverCluster",
				new Object[] { village.name(), alerts, ImmediateReportPolicy.CLUSTER_SPAN.toHours() }, DRAFT_LANGUAGE);
		draft(new NewRow(null, source, ImmediateReportKind.FEVER_CLUSTER, village.code(), village.path(), village.name(),
				text, now, null, null, "/alerts?jurisdiction=" + village.code(), viewer.get().username(), null));
	}

	private void draft(NewRow row) {
		// Two deliveries at once: the second loses on the unique source and leaves the first's report.
		BehindSavepoint.insertUnlessTaken(() -> reports.insert(row))
			.ifPresent(id -> audit.record(AuditAction.CREATE, target(id), "drafted:" + row.source()));
	}

	/** The village (or community) the place lies in; the place itself when it lies above any. */
	private Jurisdiction village(JurisdictionPath path) {
		List<Jurisdiction> lineage = jurisdictions.lineage(path.leafCode());
		return lineage.stream()
			.filter(node -> node.level() == JurisdictionLevel.VILLAGE)
			.findFirst()
			.orElse(lineage.getLast());
	}

	/** A confirmation today happened now; one dated earlier, at the start of its day. */
	private Instant happenedOn(LocalDate date) {
		return date.equals(clock.today()) ? clock.instant() : clock.startOf(date);
	}

	private PersonView person(Long personId, List<FieldViolation> violations) {
		if (personId == null) {
			return null;
		}
		try {
			return people.find(personId);
		}
		catch (NotFoundException notInArea) {
			violations.add(new FieldViolation("personId", "exists", "immediate.personId.unknown"));
			return null;
		}
	}

	private static String phone(String typed, List<FieldViolation> violations) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		try {
			return PhoneNumber.parse(typed).value();
		}
		catch (PhoneNumber.InvalidPhoneNumberException notAMobile) {
			violations.add(new FieldViolation("reporterPhone", "mobile", "immediate.phone.invalid"));
			return null;
		}
	}

	private ConflictException alreadyAcknowledged(Stored report) {
		ImmediateReportView first = view(report, false);
		return new ConflictException("immediate.acknowledged", first,
				first.acknowledgedByName() == null ? first.acknowledgedBy() : first.acknowledgedByName(),
				clock.local(first.acknowledgedAt()).withNano(0).toString().replace('T', ' '));
	}

	private Stored load(long id) {
		return reports.find(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(REPORT));
	}

	private ImmediateReportView view(Stored report, boolean replayed) {
		return views(List.of(report), replayed).getFirst();
	}

	private List<ImmediateReportView> views(List<Stored> stored) {
		return views(stored, false);
	}

	/** With the logins' display names, and the reporters' phones masked for a viewer who reads phones masked. */
	private List<ImmediateReportView> views(List<Stored> stored, boolean replayed) {
		return ImmediateReportView.named(stored.stream().map(Stored::view).toList(), names, viewer.get().masked(), replayed);
	}

	static String target(long id) {
		return REPORT + ":" + id;
	}
}
