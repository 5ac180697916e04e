package org.bastion.arrivals;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The arrivals ledger (返乡人员台账) of an area and date range, read a chunk at a time in the order the
 * arrivals were registered, so that a county's ledger streams without holding it in memory. Persons
 * are masked for viewers who read identifiers masked; each export is audited with its row count.
 */
@Service
@Transactional(readOnly = true)
class ArrivalLedger {

	static final int CHUNK = 1000;

	private final ArrivalDatabase database;

	private final Arrivals arrivals;

	private final Jurisdictions jurisdictions;

	private final AuditTrail audit;

	ArrivalLedger(ArrivalDatabase database, Arrivals arrivals, Jurisdictions jurisdictions, AuditTrail audit) {
		this.database = database;
		this.arrivals = arrivals;
		this.jurisdictions = jurisdictions;
		this.audit = audit;
	}

	/** What a ledger covers: the area's name for the heading and the dates actually used. */
	public record Scope(String jurisdictionCode, String areaName, LocalDate from, LocalDate to) {
	}

	/** Checks the filter (an area the viewer may see, dates in order) and names the area. */
	public Scope scope(String jurisdictionCode, LocalDate from, LocalDate to) {
		ArrivalFilter filter = arrivals.filter(jurisdictionCode, from, to, null);
		String code = filter.scope().leafCode();
		String name = code == null ? null : jurisdictions.find(code).map(j -> j.name()).orElse(code);
		return new Scope(code, name, filter.from(), filter.to());
	}

	/** The arrivals after {@code afterId}, at most {@link #CHUNK}, with their persons and names. */
	public List<ArrivalListItem> chunk(Scope scope, long afterId) {
		ArrivalFilter filter = arrivals.filter(scope.jurisdictionCode(), scope.from(), scope.to(), null);
		return arrivals.ledgerItems(database.ledgerPage(filter, afterId, CHUNK));
	}

	/** Every arrival of the ledger, fetched chunk by chunk as the writer asks for them. */
	public Iterable<ArrivalListItem> rows(Scope scope) {
		return () -> new Iterator<>() {

			private List<ArrivalListItem> chunk = chunk(scope, 0);

			private int next;

			@Override
			public boolean hasNext() {
				if (next < chunk.size()) {
					return true;
				}
				if (chunk.size() < CHUNK) {
					return false;
				}
				chunk = chunk(scope, chunk.getLast().arrival().id());
				next = 0;
				return !chunk.isEmpty();
			}

			@Override
			public ArrivalListItem next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return chunk.get(next++);
			}
		};
	}

	/** Audits an export once it was written. */
	@Transactional
	public void exported(Scope scope, String format, long rows) {
		audit.record(AuditAction.EXPORT, Arrivals.ARRIVAL, "ledger." + format + " " + scope.jurisdictionCode() + " "
				+ scope.from() + ".." + scope.to() + " rows=" + rows);
	}
}
