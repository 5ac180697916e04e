package org.bastion.pushedlists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.bastion.arrivals.ArrivalListEntries;
import org.bastion.arrivals.ArrivalsBySource;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.Idempotency;
import org.bastion.shared.Masking;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.Roles;
import org.bastion.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The grids' side of pushed lists: the entries a worker has to verify, overdue first, and the
 * verification itself. An entry outside the viewer's area does not exist for them.
 */
@Service
@Transactional
public class Verifications implements ArrivalListEntries {

	static final String ENTRY = "listEntry";

	/**
	 * Entries in a list show their ID numbers and phones masked to every role; the entry's own page, where
	 * the grid worker calls the person, shows them as the role may see them (audited as a view).
	 */
	static final boolean LISTED = true;

	/** A grid has dozens of entries, a village a few hundred: one screen, no paging. */
	public static final int MAX_OPEN = 300;

	private final ListEntryDatabase entries;

	private final ListTallyDatabase tallies;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final FieldClock clock;

	private final ArrivalsBySource arrivals;

	private final AccountNames names;

	Verifications(ListEntryDatabase entries, ListTallyDatabase tallies, CurrentViewer viewer, AuditTrail audit,
			ApplicationEventPublisher events, FieldClock clock, ArrivalsBySource arrivals, AccountNames names) {
		this.arrivals = arrivals;
		this.names = names;
		this.entries = entries;
		this.tallies = tallies;
		this.viewer = viewer;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The viewer's entries not yet verified, the earliest deadline first. */
	public List<ListEntryView> open() {
		List<ListEntryView> open = views(entries.open(viewer.scopePattern(), MAX_OPEN), LISTED);
		audit.record(AuditAction.VIEW, ENTRY, "open entries: " + open.size());
		return open;
	}

	public ListEntryView find(long id) {
		ListEntryView entry = view(load(id), viewer.get().masked());
		audit.record(AuditAction.VIEW, target(id), null);
		return entry;
	}

	/**
	 * Records what the grid found. The same client id again returns the stored verdict and changes
	 * nothing; a new verdict on a verified entry corrects it.
	 */
	@PreAuthorize(Roles.GRID_WORKERS)
	public ListEntryView verify(long id, Verification verification) {
		verification.check();
		String clientId = Idempotency.stored(verification.clientId(), "pushedList.verification.clientId.size");
		ListEntryDatabase.EntryRow row = load(id);
		viewer.requireWritable(row.jurisdictionPath());
		// Read again under the entry's lock: a verdict committed since the read above is the one to move from.
		// The place too: a move of the entry's village committed since the read above has restamped the entry
		// and its tallies, and the verdict is counted where they are now.
		ListEntryDatabase.Verdict before = entries.lockVerdict(id);
		if (clientId != null && Objects.equals(clientId, before.clientId())) {
			return view(load(id), viewer.get().masked());
		}
		Viewer who = viewer.get();
		Instant now = clock.instant();
		String note = verification.note() == null || verification.note().isBlank() ? null : verification.note().strip();
		entries.verify(id, verification.outcome(), verification.outcome().found() ? verification.route() : null, note,
				who.userId(), who.username(), now, clientId);
		tallies.move(row.listId(), before.path().value(), before.outcome(), verification.outcome());
		audit.record(before.outcome() == null ? AuditAction.CREATE : AuditAction.UPDATE, target(id),
				verification.outcome().name());
		events.publishEvent(new ListEntryVerified(id, row.listId(), row.personId(), row.idNumber(),
				verification.outcome(), verification.outcome().found() ? verification.route() : null,
				row.jurisdictionCode(), before.path().value(), who.userId(), now));
		return view(load(id), who.masked());
	}

	/**
	 * Where the worker goes after an entry: the next one still to verify in their list (after it in the
	 * list's order, else from the top), and how many are left to verify in their area.
	 */
	public NextEntry next(long afterId) {
		ListEntryDatabase.EntryRow current = load(afterId);
		String scope = viewer.scopePattern();
		Long next = entries.nextOpen(scope, current.deadline(), current.id()).map(ListEntryDatabase.EntryRow::id)
			.orElse(null);
		return new NextEntry(next, entries.openTally(scope, today()).open());
	}

	/** The entry to verify next, null when none is left, and how many are left. */
	public record NextEntry(Long entryId, long left) {
	}

	private ListEntryDatabase.EntryRow load(long id) {
		return entries.find(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(ENTRY));
	}

	ListEntryView view(ListEntryDatabase.EntryRow row, boolean masked) {
		return views(List.of(row), masked).getFirst();
	}

	/**
	 * The entries as a viewer reads them: each with the arrival registered from it, which arrivals keeps,
	 * and its verifier's display name, both looked up once for them all.
	 */
	List<ListEntryView> views(List<ListEntryDatabase.EntryRow> rows, boolean masked) {
		LocalDate today = today();
		Map<Long, Long> registered = arrivals.fromListEntries(rows.stream().map(ListEntryDatabase.EntryRow::id).toList());
		UnaryOperator<String> named = names.namer(rows.stream().map(ListEntryDatabase.EntryRow::verifiedByName).toList());
		return rows.stream().map(row -> view(row, masked, today, registered.get(row.id()), named)).toList();
	}

	private static ListEntryView view(ListEntryDatabase.EntryRow row, boolean masked, LocalDate today, Long arrivalId,
			UnaryOperator<String> named) {
		return new ListEntryView(row.id(), row.listId(), row.listName(), row.line(), row.name(),
				masked ? Masking.idNumber(row.idNumber()) : row.idNumber(), masked ? Masking.phone(row.phone()) : row.phone(),
				row.origin(), row.arrivalDate(), row.address(), row.personId(), row.dispatchedTo(), row.jurisdictionCode(),
				row.deadline(), row.outcome() == null && row.deadline().isBefore(today), row.outcome(), row.route(),
				row.note(), row.verifiedByName(), named.apply(row.verifiedByName()), row.verifiedAt(), arrivalId);
	}

	private LocalDate today() {
		return clock.today();
	}

	static String target(long id) {
		return ENTRY + ":" + id;
	}

	@Override
	public Lead lead(long entryId) {
		ListEntryView entry = find(entryId);
		return new Lead(entry.id(), entry.listName(), entry.line(), entry.idNumber(), entry.name(), entry.phone(),
				entry.jurisdictionCode(), entry.origin(), entry.arrivalDate());
	}

	@Override
	public boolean holds(long entryId, String scopePattern) {
		return entries.find(entryId, scopePattern).isPresent();
	}
}
