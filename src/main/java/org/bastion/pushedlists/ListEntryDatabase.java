package org.bastion.pushedlists;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.shared.DatabaseProduct;
import org.bastion.shared.InScope;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.bastion.shared.SubtreeTally;
import org.bastion.shared.WindowBuckets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code list_entry} table. Entries of a list still being imported are invisible to the grids: every
 * worker-facing read joins the list and asks for {@code DONE}.
 */
@Repository
class ListEntryDatabase {

	private static final String COLUMNS = """
			e.id, e.list_id, l.name AS list_name, e.line, e.name, e.id_number, e.phone, e.origin, e.arrival_date,
			e.address, e.cells, e.person_id, e.dispatched_to, e.jurisdiction_code, e.jurisdiction_path, e.deadline,
			e.outcome, e.route, e.note, e.verified_by, e.verified_by_name, e.verified_at, e.verification_client_id""";

	private static final String FROM = " FROM list_entry e JOIN pushed_list l ON l.id = e.list_id ";

	/**
	 * A slice of entries in one statement, one array per column, where COPY is not available (H2): the
	 * database parses and plans it once and inserts the rows as one set, where single-row statements
	 * (or one statement of a thousand VALUES rows, with its 14,000 parameters) are parsed, bound and
	 * executed row by row. On PostgreSQL it was the import's way in until COPY replaced it.
	 */
	private static final String INSERT = """
			INSERT INTO list_entry (list_id, line, name, id_number, phone, origin, arrival_date, address, cells,
			  person_id, dispatched_to, jurisdiction_code, jurisdiction_path, deadline)
			SELECT ?, t.line, t.name, t.id_number, t.phone, t.origin, t.arrival_date, t.address, t.cells, t.person_id,
			  t.dispatched_to, t.jurisdiction_code, t.jurisdiction_path, ?
			FROM UNNEST(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) AS t(line, name, id_number, phone, origin, arrival_date,
			  address, cells, person_id, dispatched_to, jurisdiction_code, jurisdiction_path)""";

	record EntryRow(long id, long listId, String listName, int line, String name, String idNumber, String phone,
			String origin, LocalDate arrivalDate, String address, String cells, Long personId, String dispatchedTo,
			String jurisdictionCode, JurisdictionPath jurisdictionPath, LocalDate deadline,
			VerificationOutcome outcome, VerificationRoute route, String note, Long verifiedBy, String verifiedByName,
			Instant verifiedAt, String verificationClientId) {
	}

	/** An accepted row on its way in, with where it was dispatched. */
	/** An entry to write; {@code cells} as {@link ListEntryCells#pack} stores them. */
	record NewEntry(ListImportRow.Valid row, String cells, Long personId, ListEntryDispatch dispatch) {
	}

	/**
	 * The verified entries counted for every place by list, verification category and hour verified: what the
	 * chart's month reads ({@link PushedListFigures}).
	 */
	static final SubtreeTally TALLY = new SubtreeTally("list_entry_tally", "list_id", "outcome", "verified_hour");

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final DatabaseProduct database;

	ListEntryDatabase(JdbcClient jdbc, JdbcTemplate batch, DatabaseProduct database) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.database = database;
	}

	/** A slice of an import's entries, in the caller's transaction. */
	void insertAll(long listId, LocalDate deadline, List<NewEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		if (database.isPostgres()) {
			batch.execute((Connection connection) -> ListEntryCopy.copy(connection, listId, deadline, entries));
		}
		else {
			insertAsSet(listId, deadline, entries);
		}
	}


	private void insertAsSet(long listId, LocalDate deadline, List<NewEntry> entries) {
		int n = entries.size();
		Integer[] line = new Integer[n];
		String[] name = new String[n];
		String[] idNumber = new String[n];
		String[] phone = new String[n];
		String[] origin = new String[n];
		LocalDate[] arrivalDate = new LocalDate[n];
		String[] address = new String[n];
		String[] cells = new String[n];
		Long[] personId = new Long[n];
		String[] dispatchedTo = new String[n];
		String[] code = new String[n];
		String[] path = new String[n];
		for (int i = 0; i < n; i++) {
			NewEntry entry = entries.get(i);
			ListImportRow.Valid row = entry.row();
			line[i] = row.line();
			name[i] = row.name();
			idNumber[i] = row.idNumber();
			phone[i] = row.phone();
			origin[i] = row.origin();
			arrivalDate[i] = row.arrivalDate();
			address[i] = row.address();
			cells[i] = entry.cells();
			personId[i] = entry.personId();
			dispatchedTo[i] = entry.dispatch().kind();
			code[i] = entry.dispatch().code();
			path[i] = entry.dispatch().path().value();
		}
		batch.execute((Connection connection) -> {
			List<Array> arrays = new ArrayList<>(12);
			try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
				ps.setLong(1, listId);
				ps.setObject(2, deadline, Types.DATE);
				arrays.add(connection.createArrayOf("integer", line));
				arrays.add(connection.createArrayOf("varchar", name));
				arrays.add(connection.createArrayOf("varchar", idNumber));
				arrays.add(connection.createArrayOf("varchar", phone));
				arrays.add(connection.createArrayOf("varchar", origin));
				arrays.add(connection.createArrayOf("date", arrivalDate));
				arrays.add(connection.createArrayOf("varchar", address));
				arrays.add(connection.createArrayOf("varchar", cells));
				arrays.add(connection.createArrayOf("bigint", personId));
				arrays.add(connection.createArrayOf("varchar", dispatchedTo));
				arrays.add(connection.createArrayOf("varchar", code));
				arrays.add(connection.createArrayOf("varchar", path));
				for (int i = 0; i < arrays.size(); i++) {
					ps.setArray(i + 3, arrays.get(i));
				}
				return ps.executeUpdate();
			}
			finally {
				for (Array array : arrays) {
					array.free();
				}
			}
		});
	}

	void deleteOf(long listId) {
		jdbc.sql("DELETE FROM list_entry_tally WHERE list_id = ?").param(listId).update();
		jdbc.sql("DELETE FROM list_entry WHERE list_id = ?").param(listId).update();
	}

	/** What an entry's verdict is counted by. */
	private record Counted(JurisdictionPath path, long listId, String outcome, Instant at) {
	}

	/**
	 * What {@code list_entry_tally} holds at a place, from the entries themselves: the kept counts must equal
	 * it, by the keys {@link SubtreeTally#kept} reads.
	 */
	Map<String, Long> recount(JurisdictionPath place) {
		Map<String, Long> counted = new HashMap<>();
		InScope.bind(jdbc.sql("SELECT list_id, outcome, verified_at FROM list_entry WHERE outcome IS NOT NULL"
				+ " AND verified_at IS NOT NULL AND " + InScope.sql()), place.likePattern()).query(rs -> {
			long hour = WindowBuckets.hour(rs.getObject("verified_at", OffsetDateTime.class).toInstant());
			counted.merge(rs.getLong("list_id") + "|" + rs.getString("outcome") + "|" + hour, 1L, Long::sum);
		});
		return counted;
	}

	Optional<EntryRow> find(long id, String scope) {
		return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE e.id = ? AND " + InScope.positional("e.jurisdiction_path") + " AND l.status = 'DONE'")
			.params(id, InScope.pattern(scope))
			.query(ListEntryDatabase::map)
			.optional();
	}

	/** A worker's entries still to verify, overdue first (the earliest deadline), then in list order. */
	List<EntryRow> open(String scope, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE " + InScope.positional("e.jurisdiction_path") + """
				 AND e.outcome IS NULL AND l.status = 'DONE'
				ORDER BY e.deadline, e.id LIMIT ?""")
			.params(InScope.pattern(scope), limit)
			.query(ListEntryDatabase::map)
			.list();
	}

	/**
	 * The entry to verify after {@code entry} in the worker's list order (earliest deadline, then list order):
	 * the first still open after it, else the first before it.
	 */
	Optional<EntryRow> nextOpen(String scope, LocalDate deadline, long afterId) {
		return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE " + InScope.positional("e.jurisdiction_path") + """
				 AND e.outcome IS NULL AND l.status = 'DONE' AND e.id <> ?
				ORDER BY CASE WHEN e.deadline > ? OR (e.deadline = ? AND e.id > ?) THEN 0 ELSE 1 END, e.deadline, e.id
				LIMIT 1""")
			.params(InScope.pattern(scope), afterId, deadline, deadline, afterId)
			.query(ListEntryDatabase::map)
			.optional();
	}

	/**
	 * How many entries of an area wait for a verdict, and how many of them are past their deadline: one
	 * count over the open entries' path index, for the badge on every page.
	 */
	OpenTally openTally(String scope, LocalDate today) {
		// From the lists' kept counts (a row per list and place, moved by every verification) rather than the
		// entries: the navigation asks on every page, and a county's open entries are tens of thousands. An
		// entry's deadline is its list's, copied at the import and never changed.
		return jdbc.sql("SELECT COALESCE(SUM(t.open_entries), 0) AS open_entries,"
				+ " COALESCE(SUM(CASE WHEN l.deadline < ? THEN t.open_entries ELSE 0 END), 0) AS overdue"
				+ " FROM list_tally t JOIN pushed_list l ON l.id = t.list_id WHERE "
				+ InScope.positional("t.jurisdiction_path") + " AND l.status = 'DONE'")
			.params(today, InScope.pattern(scope))
			.query((rs, row) -> new OpenTally(rs.getLong("open_entries"), rs.getLong("overdue")))
			.single();
	}

	/** The open entries of an area and, among them, the overdue. */
	record OpenTally(long open, long overdue) {
	}

	/** One page of a list's entries inside an area, by id. */
	List<EntryRow> ofList(long listId, String scope, long afterId, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE e.list_id = ? AND " + InScope.positional("e.jurisdiction_path")
				+ " AND e.id > ? ORDER BY e.id LIMIT ?")
			.params(listId, InScope.pattern(scope), afterId, limit)
			.query(ListEntryDatabase::map)
			.list();
	}

	/** What an entry holds now, its row locked until the transaction ends: a verdict starts from it. */
	/** An entry's verdict and the place it sits in, as read under its lock. */
	record Verdict(VerificationOutcome outcome, String clientId, JurisdictionPath path) {
	}

	Verdict lockVerdict(long id) {
		return jdbc.sql("SELECT outcome, verification_client_id, jurisdiction_path FROM list_entry WHERE id = ? FOR UPDATE")
			.param(id)
			.query((rs, n) -> {
				String outcome = rs.getString("outcome");
				return new Verdict(outcome == null ? null : VerificationOutcome.valueOf(outcome),
						rs.getString("verification_client_id"), new JurisdictionPath(rs.getString("jurisdiction_path")));
			})
			.single();
	}

	/**
	 * Stores a verdict and moves the entry in its places' tallies of verifications from the verdict it replaces
	 * (if any) to this one. The caller holds the entry's lock ({@link #lockVerdict}), so what it replaces is
	 * what is read here.
	 */
	void verify(long id, VerificationOutcome outcome, VerificationRoute route, String note, long userId,
			String userName, Instant at, String clientId) {
		Counted before = jdbc.sql("SELECT jurisdiction_path, list_id, outcome, verified_at FROM list_entry WHERE id = ?")
			.param(id)
			.query((rs, n) -> {
				OffsetDateTime verified = rs.getObject("verified_at", OffsetDateTime.class);
				return new Counted(new JurisdictionPath(rs.getString("jurisdiction_path")), rs.getLong("list_id"),
						rs.getString("outcome"), verified == null ? null : verified.toInstant());
			})
			.single();
		if (before.outcome() != null && before.at() != null) {
			TALLY.add(jdbc, before.path(), -1, before.listId(), before.outcome(), WindowBuckets.hour(before.at()));
		}
		TALLY.add(jdbc, before.path(), 1, before.listId(), outcome.name(), WindowBuckets.hour(at));
		jdbc.sql("""
				UPDATE list_entry SET outcome = :outcome, route = :route, note = :note, verified_by = :user,
				  verified_by_name = :userName, verified_at = :at, verification_client_id = :clientId WHERE id = :id""")
			.param("outcome", outcome.name())
			.param("route", route == null ? null : route.name(), Types.VARCHAR)
			.param("note", note, Types.VARCHAR)
			.param("user", userId)
			.param("userName", userName)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("clientId", clientId, Types.VARCHAR)
			.param("id", id)
			.update();
	}

	private static EntryRow map(ResultSet rs, int row) throws SQLException {
		long person = rs.getLong("person_id");
		Long personId = rs.wasNull() ? null : person;
		long verifier = rs.getLong("verified_by");
		Long verifiedBy = rs.wasNull() ? null : verifier;
		String outcome = rs.getString("outcome");
		String route = rs.getString("route");
		OffsetDateTime at = rs.getObject("verified_at", OffsetDateTime.class);
		return new EntryRow(rs.getLong("id"), rs.getLong("list_id"), rs.getString("list_name"), rs.getInt("line"),
				rs.getString("name"), rs.getString("id_number"), rs.getString("phone"), rs.getString("origin"),
				rs.getObject("arrival_date", LocalDate.class), rs.getString("address"), rs.getString("cells"), personId,
				rs.getString("dispatched_to"), rs.getString("jurisdiction_code"),
				new JurisdictionPath(rs.getString("jurisdiction_path")), rs.getObject("deadline", LocalDate.class),
				outcome == null ? null : VerificationOutcome.valueOf(outcome),
				route == null ? null : VerificationRoute.valueOf(route), rs.getString("note"), verifiedBy,
				rs.getString("verified_by_name"), at == null ? null : at.toInstant(),
				rs.getString("verification_client_id"));
	}

	/** Entries under a moved place follow it: the grids they were sent to see them where the grid now is. */
	void repath(JurisdictionPath from, JurisdictionPath to) {
		PathRestamp.under(jdbc, from, to, "list_entry");
		TALLY.move(jdbc, from, to);
	}
}
