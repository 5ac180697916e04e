package org.bastion.arrivals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.bastion.shared.SubtreeTally;
import org.bastion.shared.WindowBuckets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code arrival}, {@code arrival_contact} and {@code arrival_risk_change} tables. Reads a viewer
 * triggers take the viewer's scope; the unscoped ones serve global rules (one result per client id,
 * one record per trip) and the recomputation HQ starts for the whole deployment.
 */
@Repository
class ArrivalDatabase {

	static final String COLUMNS = """
			id, client_id, person_id, jurisdiction_code, jurisdiction_path, origin_code, origin_address, departure_date, \
			arrival_date, transport_mode, plate, transport_number, temperature, symptoms, risk_level, risk_reasons, \
			recommended_measure, round_id, visit_id, registered_by, registered_at, person_document_type, id_region, \
			contact_count, typed_name, typed_phone""";

	/**
	 * The arrivals counted for every place by the class of their origin ({@link ArrivalFigures.Origin}) and
	 * the hour registered: what the chart's month reads ({@link ArrivalFigures}).
	 */
	static final SubtreeTally TALLY = new SubtreeTally("arrival_origin_tally", "origin_class", "registered_hour");

	private final JdbcClient jdbc;

	ArrivalDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores an arrival and counts it in its place's tally and, by its origin and hour, in the tally of its
	 * place and those above it, in the caller's transaction.
	 */
	long insert(ArrivalDraft a) {
		long id = insertRow(a);
		// The row first, then the count: concurrent first arrivals of a place wait on one another's row
		// instead of failing on its key.
		jdbc.sql("INSERT INTO arrival_tally (jurisdiction_path, arrivals) VALUES (?, 0) ON CONFLICT DO NOTHING")
			.param(a.jurisdictionPath().value())
			.update();
		jdbc.sql("UPDATE arrival_tally SET arrivals = arrivals + 1 WHERE jurisdiction_path = ?")
			.param(a.jurisdictionPath().value())
			.update();
		TALLY.add(jdbc, a.jurisdictionPath(), 1, ArrivalFigures.Origin.of(a.originCode(), a.risk().level()).name(),
				WindowBuckets.hour(a.registeredAt()));
		return id;
	}

	private long insertRow(ArrivalDraft a) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO arrival (client_id, person_id, jurisdiction_code, jurisdiction_path, origin_code,
				  origin_address, departure_date, arrival_date, transport_mode, plate, transport_number, temperature,
				  symptoms, risk_level, risk_reasons, recommended_measure, round_id, visit_id, list_entry_id, registered_by,
				  registered_at, person_document_type, id_region, contact_count, typed_name, typed_phone)
				VALUES (:clientId, :personId, :code, :path, :originCode, :originAddress, :departure, :arrival, :mode,
				  :plate, :number, :temperature, :symptoms, :level, :reasons, :measure, :roundId, :visitId, :listEntryId, :by, :at,
				  :document, :idRegion, :contacts, :typedName, :typedPhone)""")
			.param("clientId", a.clientId(), Types.VARCHAR)
			.param("personId", a.personId())
			.param("code", a.jurisdictionCode())
			.param("path", a.jurisdictionPath().value())
			.param("originCode", a.originCode(), Types.VARCHAR)
			.param("originAddress", a.originAddress(), Types.VARCHAR)
			.param("departure", a.departureDate(), Types.DATE)
			.param("arrival", a.arrivalDate())
			.param("mode", a.transportMode().name())
			.param("plate", a.plate(), Types.VARCHAR)
			.param("number", a.transportNumber(), Types.VARCHAR)
			.param("temperature", a.temperature(), Types.NUMERIC)
			.param("symptoms", a.symptoms(), Types.VARCHAR)
			.param("level", a.risk().level().name())
			.param("reasons", RiskReason.encode(a.risk().reasons()))
			.param("measure", a.measure().name())
			.param("roundId", a.roundId(), Types.BIGINT)
			.param("visitId", a.visitId(), Types.BIGINT)
			.param("listEntryId", a.listEntryId(), Types.BIGINT)
			.param("by", a.registeredBy())
			.param("at", a.registeredAt().atOffset(ZoneOffset.UTC))
			.param("document", a.personDocumentType())
			.param("idRegion", a.idRegion(), Types.VARCHAR)
			.param("contacts", a.contactCount())
			.param("typedName", a.typedName(), Types.VARCHAR)
			.param("typedPhone", a.typedPhone(), Types.VARCHAR));
	}

	/** Links an arrival registered before to the list entry it was found on again, unless it has one. */
	void linkListEntry(long arrivalId, long listEntryId) {
		jdbc.sql("UPDATE arrival SET list_entry_id = ? WHERE id = ? AND list_entry_id IS NULL")
			.params(listEntryId, arrivalId)
			.update();
	}

	void insertContact(long arrivalId, String kind, ArrivalContact contact) {
		jdbc.sql("INSERT INTO arrival_contact (arrival_id, kind, name, phone, relation) VALUES (?, ?, ?, ?, ?)")
			.params(arrivalId, kind, contact.name(), contact.phone(), contact.relation())
			.update();
	}

	Optional<Arrival> find(long id, String scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM arrival WHERE id = ? AND " + InScope.positional())
			.params(id, InScope.pattern(scope))
			.query(ArrivalDatabase::map)
			.optional();
	}

	/** Unscoped on purpose: a client id names one submission wherever it landed. */
	Optional<Arrival> findByClientId(String clientId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM arrival WHERE client_id = ?")
			.param(clientId)
			.query(ArrivalDatabase::map)
			.optional();
	}

	/** Unscoped on purpose: a person's trip is one record, whoever registered it first. */
	Optional<Arrival> findTrip(long personId, LocalDate arrivalDate) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM arrival WHERE person_id = ? AND arrival_date = ?")
			.params(personId, arrivalDate)
			.query(ArrivalDatabase::map)
			.optional();
	}

	/** A person's trips inside the scope, newest first: a returnee travels a few times in an outbreak, not hundreds. */
	List<Arrival> ofPerson(long personId, String scope, int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM arrival WHERE person_id = ? AND " + InScope.positional() + " ORDER BY id DESC LIMIT ?")
			.params(personId, InScope.pattern(scope), limit)
			.query(ArrivalDatabase::map)
			.list();
	}

	/** Newest first, keyed on the id for cursor paging. */
	List<Arrival> list(ArrivalFilter filter, Long before, int limit) {
		StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
			.append(" FROM arrival WHERE ").append(InScope.sql()).append(" AND arrival_date BETWEEN :from AND :to");
		if (filter.risk() != null) {
			sql.append(" AND risk_level = :risk");
		}
		if (before != null) {
			sql.append(" AND id < :before");
		}
		sql.append(" ORDER BY id DESC LIMIT :limit");
		JdbcClient.StatementSpec statement = bind(jdbc.sql(sql.toString()), filter).param("limit", limit);
		if (before != null) {
			statement = statement.param("before", before);
		}
		return statement.query(ArrivalDatabase::map).list();
	}

	/** Oldest first from {@code afterId}: the order of a printed ledger. */
	List<Arrival> ledgerPage(ArrivalFilter filter, long afterId, int limit) {
		StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
			.append(" FROM arrival WHERE ").append(InScope.sql()).append(" AND arrival_date BETWEEN :from AND :to")
			.append(" AND id > :after");
		if (filter.risk() != null) {
			sql.append(" AND risk_level = :risk");
		}
		sql.append(" ORDER BY id LIMIT :limit");
		return bind(jdbc.sql(sql.toString()), filter).param("after", afterId)
			.param("limit", limit)
			.query(ArrivalDatabase::map)
			.list();
	}

	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, ArrivalFilter filter) {
		JdbcClient.StatementSpec bound = InScope.bind(statement, filter.scope().likePattern())
			.param("from", filter.from())
			.param("to", filter.to());
		return filter.risk() == null ? bound : bound.param("risk", filter.risk().name());
	}

	List<ArrivalContactRow> contacts(long arrivalId) {
		return jdbc.sql("SELECT kind, name, phone, relation FROM arrival_contact WHERE arrival_id = ? ORDER BY id")
			.param(arrivalId)
			.query((rs, n) -> new ArrivalContactRow(rs.getString("kind"),
					new ArrivalContact(rs.getString("name"), rs.getString("phone"), rs.getString("relation"))))
			.list();
	}

	record ArrivalContactRow(String kind, ArrivalContact contact) {
	}

	List<ArrivalRiskChange> history(long arrivalId) {
		return jdbc.sql("""
				SELECT old_level, new_level, old_measure, new_measure, cause, changed_at FROM arrival_risk_change
				WHERE arrival_id = ? ORDER BY id DESC""")
			.param(arrivalId)
			.query((rs, n) -> {
				String[] cause = rs.getString("cause").split("\\|", 2);
				return new ArrivalRiskChange(RiskLevel.valueOf(rs.getString("old_level")),
						RiskLevel.valueOf(rs.getString("new_level")), Measure.valueOf(rs.getString("old_measure")),
						Measure.valueOf(rs.getString("new_measure")), ArrivalRiskChange.Cause.valueOf(cause[0]),
						cause.length > 1 ? cause[1] : "", RiskAreaDatabase.instant(rs, "changed_at"));
			})
			.list();
	}

	/** Every arrival since {@code since}, wherever it is: HQ's change of a risk area applies to all. */
	List<Arrival> arrivedSince(LocalDate since) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM arrival WHERE arrival_date >= ? ORDER BY id")
			.param(since)
			.query(ArrivalDatabase::map)
			.list();
	}

	/** An arrival read locked until the caller's transaction ends, so that nobody re-assesses or moves it meanwhile. */
	Arrival locked(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM arrival WHERE id = ? FOR UPDATE")
			.param(id)
			.query(ArrivalDatabase::map)
			.single();
	}

	/**
	 * Stores a new assessment of an arrival as it was read, unless another transaction re-assessed or moved it
	 * since: false then, and the caller assesses it again as it is now ({@link #locked}). An arrival the new
	 * level moves to another origin class (between "other risk areas" and "elsewhere") is noted in
	 * {@code classes}, which the caller adds to the tally once for all ({@link #countClasses}).
	 */
	boolean reassess(Arrival arrival, RiskAssessment risk, Measure measure, SubtreeTally.Changes classes) {
		int updated = jdbc.sql("""
				UPDATE arrival SET risk_level = ?, risk_reasons = ?, recommended_measure = ?
				WHERE id = ? AND risk_level = ? AND recommended_measure = ? AND jurisdiction_path = ?""")
			.params(risk.level().name(), RiskReason.encode(risk.reasons()), measure.name(), arrival.id(),
					arrival.riskLevel().name(), arrival.recommendedMeasure().name(), arrival.jurisdictionPath().value())
			.update();
		if (updated == 0) {
			return false;
		}
		ArrivalFigures.Origin was = ArrivalFigures.Origin.of(arrival.originCode(), arrival.riskLevel());
		ArrivalFigures.Origin is = ArrivalFigures.Origin.of(arrival.originCode(), risk.level());
		if (was != is) {
			long hour = WindowBuckets.hour(arrival.registeredAt());
			classes.add(arrival.jurisdictionPath(), -1, was.name(), hour);
			classes.add(arrival.jurisdictionPath(), 1, is.name(), hour);
		}
		return true;
	}

	/** Adds the classes' changes of a re-assessment to the tally, in the caller's transaction. */
	void countClasses(SubtreeTally.Changes classes) {
		classes.apply(jdbc);
	}

	void recordChange(long arrivalId, ArrivalRiskChange change) {
		jdbc.sql("""
				INSERT INTO arrival_risk_change (arrival_id, old_level, new_level, old_measure, new_measure, cause, changed_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(arrivalId, change.oldLevel().name(), change.newLevel().name(), change.oldMeasure().name(),
					change.newMeasure().name(), trim(change.cause().name() + "|" + change.areaName(), 200),
					change.changedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	/** The persons registered from one household visit: what the visit's returnee count must at least be. */
	int personsAtVisit(long visitId) {
		return jdbc.sql("SELECT COUNT(DISTINCT person_id) FROM arrival WHERE visit_id = ?").param(visitId).query(Integer.class).single();
	}

	/**
	 * Re-stamps every arrival under a moved node in one statement; their places' counts move with them. The
	 * arrivals first: a re-assessment holding some of them adds to the tallies before this reads them.
	 *
	 * @return the arrivals re-stamped
	 */
	int repath(JurisdictionPath oldPath, JurisdictionPath newPath) {
		int moved = PathRestamp.under(jdbc, oldPath, newPath, "arrival");
		// The arrivals so far, counted by place alone.
		SubtreeTally.moveRows(jdbc, "arrival_tally", "arrivals", List.of(), oldPath, newPath);
		TALLY.move(jdbc, oldPath, newPath);
		return moved;
	}

	private static String trim(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

	static Arrival map(ResultSet rs, int row) throws SQLException {
		return new Arrival(rs.getLong("id"), rs.getString("client_id"), rs.getLong("person_id"),
				rs.getString("jurisdiction_code"), new JurisdictionPath(rs.getString("jurisdiction_path")),
				rs.getString("origin_code"), rs.getString("origin_address"),
				rs.getObject("departure_date", LocalDate.class), rs.getObject("arrival_date", LocalDate.class),
				TransportMode.valueOf(rs.getString("transport_mode")), rs.getString("plate"),
				rs.getString("transport_number"), rs.getBigDecimal("temperature"), rs.getString("symptoms"),
				RiskLevel.valueOf(rs.getString("risk_level")), RiskReason.decode(rs.getString("risk_reasons")),
				Measure.valueOf(rs.getString("recommended_measure")), nullableLong(rs, "round_id"),
				nullableLong(rs, "visit_id"), rs.getString("registered_by"), RiskAreaDatabase.instant(rs, "registered_at"),
				rs.getString("person_document_type"), rs.getString("id_region"), rs.getInt("contact_count"),
				rs.getString("typed_name"), rs.getString("typed_phone"));
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
