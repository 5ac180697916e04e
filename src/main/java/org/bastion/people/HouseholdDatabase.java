package org.bastion.people;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code household} table. */
@Repository
class HouseholdDatabase {

	private static final String COLUMNS = "id, jurisdiction_code, jurisdiction_path, address, head_person_id, created_at";

	private static final String INSERT = "INSERT INTO household (jurisdiction_code, jurisdiction_path, address) VALUES (?, ?, ?)";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	HouseholdDatabase(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	Optional<HouseholdRow> find(long id, String scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM household WHERE id = ? AND " + InScope.positional())
			.params(id, InScope.pattern(scope))
			.query(HouseholdDatabase::map)
			.optional();
	}

	long insert(String jurisdictionCode, JurisdictionPath path, String address) {
		return Inserts.returningId(batch, INSERT, ps -> bind(ps, jurisdictionCode, path, address));
	}

	record BulkRow(String jurisdictionCode, JurisdictionPath path, String address) {
	}

	/** Inserts households in one batch and returns their ids in the order given. */
	List<Long> insertAll(List<BulkRow> rows) {
		KeyHolder keys = new GeneratedKeyHolder();
		batch.batchUpdate(connection -> connection.prepareStatement(INSERT, new String[] { "id" }),
				new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						BulkRow row = rows.get(i);
						bind(ps, row.jurisdictionCode(), row.path(), row.address());
					}

					@Override
					public int getBatchSize() {
						return rows.size();
					}
				}, keys);
		return keys.getKeyList().stream().map(key -> ((Number) key.values().iterator().next()).longValue()).toList();
	}

	/**
	 * Points each household in an id range at its member related as head. Correct for any household,
	 * so a range that also covers households created meanwhile by someone else does no harm.
	 */
	void adoptHeads(long fromId, long toId) {
		jdbc.sql("""
				UPDATE household SET head_person_id = (
				  SELECT MIN(p.id) FROM person p WHERE p.household_id = household.id AND p.relation_to_head = 'HEAD')
				WHERE id BETWEEN ? AND ? AND head_person_id IS NULL""")
			.params(fromId, toId)
			.update();
	}

	void setHead(long householdId, Long personId) {
		jdbc.sql("UPDATE household SET head_person_id = :person WHERE id = :id")
			.param("person", personId, Types.BIGINT)
			.param("id", householdId)
			.update();
	}

	long count(String scope) {
		return jdbc.sql("SELECT COUNT(*) FROM household WHERE " + InScope.positional())
			.param(InScope.pattern(scope))
			.query(Long.class)
			.single();
	}

	/**
	 * Streams the households of a subtree to {@code consumer} in pages of {@code pageSize}: one query read
	 * through a database cursor, so a county's 300,000 households cost one page of memory and one plan.
	 * Must run inside a transaction (PostgreSQL only fetches by cursor there).
	 */
	void listing(String scope, int pageSize, Consumer<List<HouseholdListing>> consumer) {
		JdbcTemplate cursor = new JdbcTemplate(batch.getDataSource());
		cursor.setFetchSize(pageSize);
		List<HouseholdListing> page = new ArrayList<>(pageSize);
		cursor.query("""
				SELECT h.id, h.jurisdiction_code, h.jurisdiction_path, h.address, p.name AS head_name,
				  (SELECT COUNT(*) FROM person m WHERE m.household_id = h.id) AS members
				FROM household h LEFT JOIN person p ON p.id = h.head_person_id
				WHERE %s""".formatted(InScope.positional("h.jurisdiction_path")), (ResultSet rs) -> {
			page.add(new HouseholdListing(rs.getLong("id"), rs.getString("jurisdiction_code"),
					new JurisdictionPath(rs.getString("jurisdiction_path")), rs.getString("address"),
					rs.getString("head_name"), rs.getInt("members")));
			if (page.size() == pageSize) {
				consumer.accept(List.copyOf(page));
				page.clear();
			}
		}, InScope.pattern(scope));
		if (!page.isEmpty()) {
			consumer.accept(List.copyOf(page));
		}
	}

	int repath(JurisdictionPath oldPath, JurisdictionPath newPath) {
		return PathRestamp.under(jdbc, oldPath, newPath, "household");
	}

	private static void bind(PreparedStatement ps, String jurisdictionCode, JurisdictionPath path, String address)
			throws SQLException {
		ps.setString(1, jurisdictionCode);
		ps.setString(2, path.value());
		if (address == null) {
			ps.setNull(3, Types.VARCHAR);
		}
		else {
			ps.setString(3, address);
		}
	}

	private static HouseholdRow map(ResultSet rs, int row) throws SQLException {
		long head = rs.getLong("head_person_id");
		Long headId = rs.wasNull() ? null : head;
		return new HouseholdRow(rs.getLong("id"), rs.getString("jurisdiction_code"),
				new JurisdictionPath(rs.getString("jurisdiction_path")), rs.getString("address"), headId,
				PersonDatabase.instant(rs, "created_at"));
	}
}
