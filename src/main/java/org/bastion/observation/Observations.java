package org.bastion.observation;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.observation.ObservationDatabase.ObservationRow;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ObservationView.ObservationStatus;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.security.Role;
import org.bastion.security.UserAccount;
import org.bastion.security.Users;
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
import org.bastion.shared.PageRequest;
import org.bastion.shared.Roles;
import org.bastion.shared.Slice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Observation orders as the signed-in viewer works with them: make one for a person in their area,
 * read, list, extend; and the settings new orders take. Release is {@link Releases}' business.
 */
@Service
@Transactional
public class Observations {

	static final String OBSERVATION = "observation";


	/** Who may be a person's monitor: the grid worker, the village cadre or a doctor. */
	public static final Set<Role> MONITOR_ROLES = EnumSet.of(Role.GRID_WORKER, Role.VILLAGE_CADRE, Role.MEDICAL_STAFF);

	/** How far back an order may start: a late registration, not a history. */
	public static final int MAX_DAYS_BACK = 90;

	static final int MAX_DAYS_AHEAD = 30;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ObservationDatabase orders;

	private final SlotDatabase slots;

	private final SettingsDatabase settings;

	private final People people;

	private final Jurisdictions jurisdictions;

	private final Users users;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final FieldClock clock;

	private final ObservationSites sites;

	private final AccountNames names;

	Observations(ObservationDatabase orders, SlotDatabase slots, SettingsDatabase settings, People people,
			Jurisdictions jurisdictions, Users users, CurrentViewer viewer, AuditTrail audit,
			ApplicationEventPublisher events, FieldClock clock, ObservationSites sites, AccountNames names) {
		this.orders = orders;
		this.slots = slots;
		this.settings = settings;
		this.people = people;
		this.jurisdictions = jurisdictions;
		this.users = users;
		this.viewer = viewer;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.sites = sites;
		this.names = names;
	}

	/**
	 * Puts a person under observation with the current settings' windows and, unless given, period.
	 *
	 * @throws ConflictException {@code observation.open.exists} with the open order when the person has one
	 * @throws InvalidInputException naming every broken rule
	 */
	@PreAuthorize(Roles.HEALTH_WORKERS)
	public ObservationView create(NewObservation request) {
		String clientId = Idempotency.stored(request.clientId(), "observation.clientId.size");
		if (clientId != null) {
			var earlier = orders.findByClientId(clientId);
			if (earlier.isPresent()) {
				viewer.requireVisible(earlier.get().jurisdictionPath(), OBSERVATION);
				return view(earlier.get(), true);
			}
		}
		PersonView person = people.find(request.personId());
		Jurisdiction place = jurisdictions.find(person.jurisdictionCode()).orElseThrow(() -> new NotFoundException("jurisdiction"));
		viewer.requireWritable(place.path());
		SettingsDatabase.Row profile = settings.get();
		int days = request.periodDays() == null ? profile.periodDays() : request.periodDays();
		List<FieldViolation> violations = new ArrayList<>();
		LocalDate today = clock.today();
		if (request.startDate().isBefore(today.minusDays(MAX_DAYS_BACK))) {
			violations.add(new FieldViolation("startDate", "range", "observation.startDate.tooEarly", MAX_DAYS_BACK));
		}
		if (request.startDate().isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
			violations.add(new FieldViolation("startDate", "range", "observation.startDate.tooLate", MAX_DAYS_AHEAD));
		}
		UserAccount monitor = monitor(request.monitorUserId(), place, violations);
		if (request.siteId() != null && request.kind() != ObservationKind.SITE) {
			violations.add(new FieldViolation("siteId", "kind", "observation.siteId.homeOrder"));
		}
		else if (request.siteId() != null && !sites.holds(request.siteId(), viewer.scopePattern())) {
			violations.add(new FieldViolation("siteId", "exists", "observation.siteId.unknown"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		orders.findOpenByPerson(person.id()).ifPresent(open -> {
			throw new ConflictException("observation.open.exists", view(open, false), open.startDate(), open.endDate());
		});
		ObservationPeriod period = new ObservationPeriod(request.startDate(), days);
		List<CheckWindow> windows = CheckWindow.parseAll(profile.windows());
		long id;
		try {
			id = orders.insert(new ObservationDatabase.NewRow(clientId, person.id(), person.name(), request.kind(),
					request.reason(), period, windows, monitor == null ? null : monitor.id(),
					monitor == null ? null : monitor.username(), request.siteId(), place.code(), place.path(), secret(),
					viewer.get().username(), clock.instant()));
		}
		catch (DuplicateKeyException raced) {
			// Another order for the person (or the same client id) committed between our check and insert.
			throw new ConflictException("observation.open.exists", null, request.startDate(), period.endDate());
		}
		slots.insertAll(id, period.checkDates(), windows, monitor == null ? null : monitor.id(), place.path());
		audit.record(AuditAction.CREATE, target(id), "person:" + person.id());
		events.publishEvent(new ObservationStarted(id, person.id(), place.path().value(), request.kind(),
				request.reason(), period.startDate(), period.endDate()));
		return view(load(id), false);
	}

	/** One order; audited as a view of personal data. */
	public ObservationView find(long id) {
		ObservationRow row = load(id);
		audit.record(AuditAction.VIEW, target(id), null);
		return view(row, false);
	}

	/**
	 * Orders in the viewer's area, or in a place inside it; newest first, cursor paged.
	 *
	 * @param status null for all
	 */
	public Slice<ObservationView> list(String jurisdictionCode, ObservationStatus status, String cursor, Integer limit) {
		String scope = jurisdictions.scopePattern(jurisdictionCode);
		PageRequest page = PageRequest.of(cursor, limit, "observation.cursor.shape");
		List<ObservationRow> rows = orders.list(scope, status, page.after(), page.fetch());
		audit.record(AuditAction.SEARCH, OBSERVATION, "status:" + status + " jurisdiction:" + jurisdictionCode);
		Slice<ObservationRow> slice = page.slice(rows, ObservationRow::id);
		return new Slice<>(views(slice.items()), slice.nextCursor());
	}

	/**
	 * The open orders at a site in the viewer's area whose person's name begins with {@code name} (the first
	 * by name when blank), for the site's check-in to pick by name rather than by number; audited as a search.
	 */
	@PreAuthorize(Roles.HEALTH_WORKERS)
	public List<ObservationView> openAtSites(String name, int limit) {
		List<ObservationRow> rows = orders.openAtSites(viewer.scopePattern(), name, limit);
		audit.record(AuditAction.SEARCH, OBSERVATION, "open at sites, name:" + name);
		return views(rows);
	}

	/** Keeps an open order longer; the added days get slots with the order's windows. */
	@PreAuthorize(Roles.HEALTH_WORKERS)
	public ObservationView extend(long id, Extension extension) {
		ObservationRow row = load(id);
		viewer.requireWritable(row.jurisdictionPath());
		if (!row.open()) {
			throw new ConflictException("observation.released", view(row, false), row.releasedOn());
		}
		ObservationPeriod period = row.period();
		if (period.days() + extension.days() > ObservationPeriod.MAX_DAYS) {
			throw new InvalidInputException(new FieldViolation("days", "range", "observation.extend.tooLong",
					ObservationPeriod.MAX_DAYS));
		}
		List<LocalDate> added = period.datesAddedBy(extension.days());
		orders.extend(id, period.extendedBy(extension.days()).endDate(), extension.days(), extension.reason().strip());
		slots.insertAll(id, added, row.windows(), row.monitorUserId(), row.jurisdictionPath());
		audit.record(AuditAction.UPDATE, target(id), "extend:" + extension.days());
		return view(load(id), false);
	}

	/** Today in the deployment's zone: the default date of forms. */
	public LocalDate today() {
		return clock.today();
	}

	/** The profile new orders take. */
	@Transactional(readOnly = true)
	public ObservationSettings settings() {
		SettingsDatabase.Row stored = settings.get();
		List<String> windows = CheckWindow.parseAll(stored.windows()).stream().map(CheckWindow::toString).toList();
		return new ObservationSettings(stored.periodDays(), windows.size(), windows, stored.noticePrefix(),
				stored.updatedBy(), stored.updatedAt() == null ? null : stored.updatedAt().toInstant());
	}

	/** Changes the profile for orders made from now on; orders already made keep theirs. */
	@PreAuthorize(Roles.HQ)
	public ObservationSettings changeSettings(SettingsChange change) {
		if (viewer.get().readOnly()) {
			throw new org.bastion.shared.ForbiddenException("error.readOnly");
		}
		List<CheckWindow> windows;
		try {
			windows = change.windows() == null || change.windows().isEmpty() ? usualWindows(change.checksPerDay())
					: change.windows().stream().map(CheckWindow::parse).toList();
		}
		catch (IllegalArgumentException malformed) {
			throw new InvalidInputException(new FieldViolation("windows", "shape", "settings.windows.invalid"));
		}
		if (!CheckWindow.validDay(windows) || windows.size() != change.checksPerDay()) {
			throw new InvalidInputException(new FieldViolation("windows", "shape", "settings.windows.invalid"));
		}
		SettingsDatabase.Row stored = settings.get();
		String prefix = change.noticePrefix() == null ? stored.noticePrefix() : change.noticePrefix();
		settings.update(change.periodDays(), CheckWindow.formatAll(windows), prefix, viewer.get().username());
		audit.record(AuditAction.UPDATE, "observation-settings", change.periodDays() + "d " + CheckWindow.formatAll(windows));
		return settings();
	}

	/** Accounts that may be made monitor of a person living at {@code jurisdictionCode}. */
	@Transactional(readOnly = true)
	public List<UserAccount> monitorsFor(String jurisdictionCode) {
		Jurisdiction place = jurisdictions.visible(jurisdictionCode);
		return users.coveringPlace(place.path(), MONITOR_ROLES);
	}

	public static List<CheckWindow> usualWindows(int perDay) {
		return switch (perDay) {
			case 1 -> List.of(CheckWindow.parse("08:00-18:00"));
			case 2 -> List.of(CheckWindow.parse("08:00-12:00"), CheckWindow.parse("14:00-18:00"));
			default -> List.of(CheckWindow.parse("07:00-10:00"), CheckWindow.parse("12:00-15:00"),
					CheckWindow.parse("18:00-21:00"));
		};
	}

	/** The monitor asked for, or the creator when they are one; checked to be able to reach the person. */
	private UserAccount monitor(Long requested, Jurisdiction place, List<FieldViolation> violations) {
		if (requested == null) {
			var self = users.find(viewer.get().userId());
			return self.filter(account -> MONITOR_ROLES.contains(account.role())).orElse(null);
		}
		var account = users.find(requested);
		if (account.isEmpty() || !account.get().enabled()) {
			violations.add(new FieldViolation("monitorUserId", "exists", "observation.monitor.unknown"));
			return null;
		}
		if (!MONITOR_ROLES.contains(account.get().role())) {
			violations.add(new FieldViolation("monitorUserId", "role", "observation.monitor.role"));
			return null;
		}
		if (!account.get().jurisdictionPath().contains(place.path())) {
			violations.add(new FieldViolation("monitorUserId", "area", "observation.monitor.area", place.name()));
			return null;
		}
		return account.get();
	}

	/** The order a site checks its person in on, in the viewer's area. */
	public ObservationForStay forStay(long id) {
		ObservationRow row = load(id);
		return new ObservationForStay(row.id(), row.personId(), row.personName(), row.kind(), row.open(), row.releasedOn(),
				row.jurisdictionPath());
	}

	/** The status of each order named; ids of no order are not in the map. */
	public Map<Long, ObservationStatus> statusesOf(Collection<Long> orderIds) {
		return orders.statuses(orderIds);
	}

	/**
	 * Records that the order's person now stays at a site: the site checks them in, the order shows
	 * where they are.
	 */
	public void movedToSite(long orderId, long siteId) {
		orders.moveToSite(orderId, siteId);
	}

	/** The id of the person's open order, wherever it is: a person is observed once at a time. */
	public Optional<Long> openOrderOf(long personId) {
		return orders.findOpenByPerson(personId).map(ObservationRow::id);
	}

	ObservationRow load(long id) {
		return orders.find(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(OBSERVATION));
	}

	/** The orders of these ids in the viewer's scope; the ones it cannot see are not in the map. */
	Map<Long, ObservationRow> loadAll(Collection<Long> ids) {
		return orders.findAll(ids, viewer.scopePattern());
	}

	ObservationView view(ObservationRow row, boolean replayed) {
		return ObservationView.of(row, names.namer(ObservationView.logins(row).toList()), !viewer.get().readOnly(),
				replayed);
	}

	/** The views of a list's orders, the names they give looked up once for them all. */
	List<ObservationView> views(List<ObservationRow> rows) {
		UnaryOperator<String> named = names.namer(rows.stream().flatMap(ObservationView::logins).toList());
		boolean showToken = !viewer.get().readOnly();
		return rows.stream().map(row -> ObservationView.of(row, named, showToken, false)).toList();
	}

	static String target(long id) {
		return OBSERVATION + ":" + id;
	}

	private static String secret() {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** Keeps an order open longer; the new days get check slots. */
	public record Extension(
			@NotNull(message = "{observation.extend.days.range}") @Min(value = 1, message = "{observation.extend.days.range}")
			@Max(value = 30, message = "{observation.extend.days.range}") Integer days,
			@NotBlank(message = "{observation.extend.reason.required}") @Size(max = 200, message = "{observation.reason.size}") String reason) {
	}

	/**
	 * A new profile for orders made from now on.
	 *
	 * @param windows one {@code HH:mm-HH:mm} per check of the day; when absent, the usual windows for
	 * {@code checksPerDay}
	 * @param noticePrefix when absent, the prefix stays as it is
	 */
	public record SettingsChange(
			@NotNull(message = "{settings.periodDays.required}") @Min(value = 1, message = "{settings.periodDays.range}")
			@Max(value = 60, message = "{settings.periodDays.range}") Integer periodDays,
			@NotNull(message = "{settings.checksPerDay.required}") @Min(value = 1, message = "{settings.checksPerDay.range}")
			@Max(value = 3, message = "{settings.checksPerDay.range}") Integer checksPerDay,
			@Size(max = 3, message = "{settings.windows.invalid}") List<String> windows,
			@Pattern(regexp = "[A-Z]{1,8}", message = "{settings.noticePrefix.shape}") String noticePrefix) {
	}

	/**
	 * The disease profile new orders take: how many days, and the check windows of each day. Orders keep
	 * the settings they were made with.
	 *
	 * @param noticePrefix the letters release notice numbers start with, e.g. {@code XW} for 兴文
	 */
	public record ObservationSettings(int periodDays, int checksPerDay, List<String> windows, String noticePrefix,
			String updatedBy, Instant updatedAt) {
	}
}
