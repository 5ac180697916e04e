package org.bastion.people;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bastion.shared.InScope;
import org.bastion.shared.LikePatterns;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code person} table. Every read a viewer triggers takes the viewer's scope pattern; the few
 * unscoped reads serve rules that are global (one person per ID number, one result per client id).
 */
@Repository
class PersonDatabase {

	private static final String COLUMNS = """
			id, id_number, document_type, document_number, name, sex, birth_date, phone, address, \
			jurisdiction_code, jurisdiction_path, household_id, relation_to_head, care_flags, client_id, version, \
			created_at, updated_at""";

	private static final String INSERT = """
			INSERT INTO person (id_number, document_type, document_number, name, sex, birth_date, phone,
			  id_number_reversed, phone_reversed, address, jurisdiction_code, jurisdiction_path, household_id,
			  relation_to_head, care_flags, client_id)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	PersonDatabase(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	Optional<PersonRow> find(long id, String scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE id = ? AND " + InScope.positional())
			.params(id, InScope.pattern(scope))
			.query(PersonDatabase::map)
			.optional();
	}

	/** Unscoped on purpose: the caller shows persons its own scoped records point at. */
	List<PersonRow> findAll(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE id IN (:ids)")
			.param("ids", ids)
			.query(PersonDatabase::map)
			.list();
	}

	/** Unscoped on purpose: an ID number is unique across the deployment, not per area. */
	Optional<PersonRow> findByIdNumber(String idNumber) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE id_number = ?")
			.param(idNumber)
			.query(PersonDatabase::map)
			.optional();
	}

	/** Unscoped on purpose: a client id names one submission wherever it landed. */
	Optional<PersonRow> findByClientId(String clientId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM person WHERE client_id = ?")
			.param(clientId)
			.query(PersonDatabase::map)
			.optional();
	}

	List<Long> idsWithNameAndPhone(String name, String phone, String scope, int limit) {
		return jdbc.sql("""
				SELECT id FROM person WHERE phone = ? AND name = ? AND %s
				ORDER BY id LIMIT ?""".formatted(InScope.positional()))
			.params(phone, name, InScope.pattern(scope), limit)
			.query(Long.class)
			.list();
	}

	/**
	 * Whether to sort the matches found through the name or area index rather than walk the primary key
	 * backwards. The planner prefers the backward walk, assuming matches are spread evenly over ids; but an
	 * area's persons are registered together, so it wades through everyone registered after them (measured
	 * at 1,000,000 persons: a surname in a township 160-260 ms by the walk, 6 ms sorted). {@code id + 0}
	 * hides the order from the primary key. Only a whole county listed without a term is better walked.
	 */
	static boolean sortsMatchesOnly(SearchTerm term, String scope) {
		if (term.kind() != SearchTerm.Kind.ALL) {
			return true;
		}
		long depth = scope.chars().filter(c -> c == '/').count() - 1;
		return depth >= 2;
	}

	/**
	 * One page of a search, newest first.
	 *
	 * @param before the id of the last row of the previous page, or null for the first page
	 */
	List<PersonRow> search(SearchTerm term, String scope, Long before, int limit) {
		StringBuilder sql = new StringBuilder("SELECT ").append(COLUMNS)
			.append(" FROM person WHERE ").append(InScope.sql());
		switch (term.kind()) {
			case ALL -> {
			}
			case ID_NUMBER -> sql.append(" AND id_number = :value");
			case PHONE -> sql.append(" AND phone = :value");
			case DIGITS -> sql.append(" AND (id_number LIKE :prefix OR phone LIKE :prefix")
				.append(" OR id_number_reversed LIKE :reversed OR phone_reversed LIKE :reversed")
				.append(" OR document_number = :value)");
			case NAME -> sql.append(" AND (name LIKE :prefix ESCAPE '\\' OR document_number = :document)");
			case TOO_SHORT -> {
				return List.of();
			}
		}
		if (before != null) {
			sql.append(" AND id < :before");
		}
		sql.append(sortsMatchesOnly(term, scope) ? " ORDER BY id + 0 DESC" : " ORDER BY id DESC").append(" LIMIT :limit");
		JdbcClient.StatementSpec statement = InScope.bind(jdbc.sql(sql.toString()), scope).param("limit", limit);
		switch (term.kind()) {
			case ID_NUMBER, PHONE -> statement = statement.param("value", term.value());
			case DIGITS -> statement = statement.param("value", term.value())
				.param("prefix", term.value() + "%")
				.param("reversed", term.reversed() + "%");
			case NAME -> statement = statement.param("prefix", LikePatterns.escaped(term.value()) + "%")
				.param("document", term.asDocumentNumber());
			default -> {
			}
		}
		if (before != null) {
			statement = statement.param("before", before);
		}
		return statement.query(PersonDatabase::map).list();
	}

	List<PersonRow> members(long householdId, String scope) {
		return jdbc.sql("SELECT " + COLUMNS
				+ " FROM person WHERE household_id = ? AND " + InScope.positional() + " ORDER BY id")
			.params(householdId, InScope.pattern(scope))
			.query(PersonDatabase::map)
			.list();
	}

	long insert(PersonFacts facts, String jurisdictionCode, JurisdictionPath path, Long householdId,
			Relation relation, String clientId) {
		return Inserts.returningId(batch, INSERT,
				ps -> bindInsert(ps, facts, jurisdictionCode, path, householdId, relation, clientId));
	}

	/**
	 * Inserts many persons with one round trip per chunk; used by bulk loads, which have checked every
	 * row already and let the unique constraints speak for duplicates.
	 */
	void insertAll(List<BulkRow> rows) {
		batch.batchUpdate(INSERT, rows, 1000, (ps, row) -> bindInsert(ps, row.facts(), row.jurisdictionCode(),
				row.path(), row.householdId(), row.relation(), null));
	}

	record BulkRow(PersonFacts facts, String jurisdictionCode, JurisdictionPath path, Long householdId,
			Relation relation) {
	}

	/** @return false when the row changed since {@code expectedVersion} (or is gone) */
	boolean update(long id, PersonFacts facts, String jurisdictionCode, JurisdictionPath path,
			Integer expectedVersion) {
		String sql = """
				UPDATE person SET id_number = :idNumber, document_type = :documentType,
				  document_number = :documentNumber, name = :name, sex = :sex, birth_date = :birthDate,
				  phone = :phone, id_number_reversed = :idNumberReversed, phone_reversed = :phoneReversed,
				  address = :address, jurisdiction_code = :code, jurisdiction_path = :path,
				  care_flags = :careFlags, updated_at = CURRENT_TIMESTAMP, version = version + 1
				WHERE id = :id""" + (expectedVersion == null ? "" : " AND version = :version");
		JdbcClient.StatementSpec statement = jdbc.sql(sql)
			.param("idNumber", facts.idNumber(), Types.VARCHAR)
			.param("documentType", facts.documentType().name())
			.param("documentNumber", facts.documentNumber(), Types.VARCHAR)
			.param("name", facts.name())
			.param("sex", facts.sex() == null ? null : facts.sex().name(), Types.VARCHAR)
			.param("birthDate", facts.birthDate(), Types.DATE)
			.param("phone", facts.phone(), Types.VARCHAR)
			.param("idNumberReversed", reverse(facts.idNumber()), Types.VARCHAR)
			.param("phoneReversed", reverse(facts.phone()), Types.VARCHAR)
			.param("address", facts.address(), Types.VARCHAR)
			.param("code", jurisdictionCode)
			.param("path", path.value())
			.param("careFlags", flagsToColumn(facts.careFlags()))
			.param("id", id);
		if (expectedVersion != null) {
			statement = statement.param("version", expectedVersion);
		}
		return statement.update() == 1;
	}

	void joinHousehold(long personId, Long householdId, Relation relation) {
		jdbc.sql("""
				UPDATE person SET household_id = :household, relation_to_head = :relation,
				  updated_at = CURRENT_TIMESTAMP, version = version + 1 WHERE id = :id""")
			.param("household", householdId, Types.BIGINT)
			.param("relation", relation == null ? null : relation.name(), Types.VARCHAR)
			.param("id", personId)
			.update();
	}

	long count(String scope) {
		return jdbc.sql("SELECT COUNT(*) FROM person WHERE " + InScope.positional())
			.param(InScope.pattern(scope))
			.query(Long.class)
			.single();
	}

	/** Re-stamps every row under a moved node in one statement. */
	int repath(JurisdictionPath oldPath, JurisdictionPath newPath) {
		return PathRestamp.under(jdbc, oldPath, newPath, "person");
	}

	private static void bindInsert(PreparedStatement ps, PersonFacts facts, String jurisdictionCode,
			JurisdictionPath path, Long householdId, Relation relation, String clientId) throws SQLException {
		setString(ps, 1, facts.idNumber());
		ps.setString(2, facts.documentType().name());
		setString(ps, 3, facts.documentNumber());
		ps.setString(4, facts.name());
		setString(ps, 5, facts.sex() == null ? null : facts.sex().name());
		if (facts.birthDate() == null) {
			ps.setNull(6, Types.DATE);
		}
		else {
			ps.setObject(6, facts.birthDate(), Types.DATE);
		}
		setString(ps, 7, facts.phone());
		setString(ps, 8, reverse(facts.idNumber()));
		setString(ps, 9, reverse(facts.phone()));
		setString(ps, 10, facts.address());
		ps.setString(11, jurisdictionCode);
		ps.setString(12, path.value());
		if (householdId == null) {
			ps.setNull(13, Types.BIGINT);
		}
		else {
			ps.setLong(13, householdId);
		}
		setString(ps, 14, relation == null ? null : relation.name());
		ps.setString(15, flagsToColumn(facts.careFlags()));
		setString(ps, 16, clientId);
	}

	private static void setString(PreparedStatement ps, int index, String value) throws SQLException {
		if (value == null) {
			ps.setNull(index, Types.VARCHAR);
		}
		else {
			ps.setString(index, value);
		}
	}

	static String reverse(String value) {
		return value == null ? null : new StringBuilder(value).reverse().toString();
	}

	static String flagsToColumn(Set<CareFlag> flags) {
		return flags.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	static Set<CareFlag> flagsFromColumn(String column) {
		if (column == null || column.isBlank()) {
			return Set.of();
		}
		EnumSet<CareFlag> flags = EnumSet.noneOf(CareFlag.class);
		Arrays.stream(column.split(","))
			.filter(name -> Arrays.stream(CareFlag.values()).anyMatch(flag -> flag.name().equals(name)))
			.forEach(name -> flags.add(CareFlag.valueOf(name)));
		return Set.copyOf(flags);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static PersonRow map(ResultSet rs, int row) throws SQLException {
		String sex = rs.getString("sex");
		String relation = rs.getString("relation_to_head");
		long household = rs.getLong("household_id");
		Long householdId = rs.wasNull() ? null : household;
		PersonFacts facts = new PersonFacts(rs.getString("id_number"),
				DocumentType.valueOf(rs.getString("document_type")), rs.getString("document_number"),
				rs.getString("name"), sex == null ? null : Sex.valueOf(sex), rs.getObject("birth_date", LocalDate.class),
				rs.getString("phone"), rs.getString("address"), flagsFromColumn(rs.getString("care_flags")));
		return new PersonRow(rs.getLong("id"), facts, rs.getString("jurisdiction_code"),
				new JurisdictionPath(rs.getString("jurisdiction_path")), householdId,
				relation == null ? null : Relation.valueOf(relation), rs.getString("client_id"), rs.getInt("version"),
				instant(rs, "created_at"), instant(rs, "updated_at"));
	}
}
