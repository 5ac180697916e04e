package org.bastion.checkpoint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.bastion.shared.AuditTrail;
import org.bastion.shared.DatabaseProduct;
import org.bastion.shared.InScope;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.bastion.shared.Timestamps;
import org.bastion.shared.WindowBuckets;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code checkpoint_passage} and {@code checkpoint_passage_occupant} tables. */
@Repository
class PassageDatabase {

	/** A passage as stored, its occupants in the order they were typed. */
	record Row(long id, long checkpointId, String plate, String plateProvince, PassageVehicle vehicleType,
			PassageOutcome outcome, int occupantCount, int feverCount, String riskLevel, LocalDate passedOn,
			Instant passedAt, String jurisdictionCode, JurisdictionPath path, String createdBy, List<OccupantRow> occupants) {

		Row withOccupants(List<OccupantRow> people) {
			return new Row(id, checkpointId, plate, plateProvince, vehicleType, outcome, occupantCount, feverCount,
					riskLevel, passedOn, passedAt, jurisdictionCode, path, createdBy, List.copyOf(people));
		}
	}

	record OccupantRow(long passageId, int position, String name, String idNumber, String phone, BigDecimal temperature,
			boolean fever, String originCode, String destinationCode, String purpose, String riskLevel) {
	}

	/** What is stored of a passage. */
	record Draft(String clientId, long checkpointId, PassagePolicy.Accepted passage, List<String> risks,
			List<Long> personIds, String riskLevel, LocalDate passedOn, Instant passedAt, String jurisdictionCode, JurisdictionPath path,
			String by) {
	}

	private static final String COLUMNS = """
			SELECT id, checkpoint_id, plate, plate_province, vehicle_type, outcome, occupant_count, fever_count, risk_level,
			  passed_on, passed_at, jurisdiction_code, jurisdiction_path, created_by
			FROM checkpoint_passage""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final DatabaseProduct database;

	PassageDatabase(JdbcClient jdbc, JdbcTemplate batch, DatabaseProduct database) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.database = database;
	}

	private static final String INSERT = """
			INSERT INTO checkpoint_passage (client_id, checkpoint_id, plate, plate_province, vehicle_type, outcome,
			  occupant_count, fever_count, risk_level, passed_on, passed_at, jurisdiction_code, jurisdiction_path, created_by)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	private static final String INSERT_OCCUPANT = """
			INSERT INTO checkpoint_passage_occupant (passage_id, position, name, id_number, phone, temperature, fever,
			  origin_code, destination_code, purpose, risk_level, person_id, passed_on)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	/**
	 * Stores the passages, their client ids, their occupants and the audit's line of each (its own, given in the same
	 * order) with one batched statement per table, whatever their number, and answers them as stored, in the order
	 * given. A passage whose client id another request stored first (under the key of
	 * {@code checkpoint_passage_client_id}, waiting for that request to end) is taken out again and answered as null,
	 * for the caller to replay the one stored first; it has no audit line. A single passage on PostgreSQL is one
	 * statement, its audit line included ({@link #insertOne}): a round trip fewer for a vehicle at the roadside.
	 */
	List<Row> insertAll(List<Draft> drafts, List<AuditTrail.Line> lines) {
		if (drafts.size() != lines.size()) {
			throw new IllegalArgumentException(drafts.size() + " passages with " + lines.size() + " audit lines");
		}
		if (drafts.isEmpty()) {
			return List.of();
		}
		if (drafts.size() == 1 && database.isPostgres()) {
			return Collections.singletonList(insertOne(drafts.getFirst(), lines.getFirst()));
		}
		KeyHolder keys = new GeneratedKeyHolder();
		batch.batchUpdate(connection -> connection.prepareStatement(INSERT, new String[] { "id" }),
				new BatchPreparedStatementSetter() {
					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						setPassage(ps, drafts.get(i));
					}

					@Override
					public int getBatchSize() {
						return drafts.size();
					}
				}, keys);
		List<Long> ids = keys.getKeyList().stream().map(key -> ((Number) key.values().iterator().next()).longValue()).toList();
		if (ids.size() != drafts.size()) {
			throw new IllegalStateException("Stored " + drafts.size() + " passages but got " + ids.size() + " ids back");
		}
		List<Integer> withClientId = new ArrayList<>();
		for (int n = 0; n < drafts.size(); n++) {
			if (drafts.get(n).clientId() != null) {
				withClientId.add(n);
			}
		}
		// In the order of the ids, so that two transactions holding two of the same (a phone's batch sent again while a
		// group of single passages is written) take their keys in one order, never each waiting for the other. Stable:
		// of one id sent twice, the first stays first.
		withClientId.sort(Comparator.comparing(n -> drafts.get(n).clientId()));
		Set<Integer> taken = new HashSet<>();
		if (!withClientId.isEmpty()) {
			int[][] counts = batch.batchUpdate("""
					INSERT INTO checkpoint_passage_client_id (client_id, passage_id, passed_on) VALUES (?, ?, ?)
					ON CONFLICT DO NOTHING""", withClientId, withClientId.size(), (ps, n) -> {
				ps.setString(1, drafts.get(n).clientId());
				ps.setLong(2, ids.get(n));
				ps.setObject(3, drafts.get(n).passedOn(), Types.DATE);
			});
			int k = 0;
			for (int[] chunk : counts) {
				for (int count : chunk) {
					if (count == 0) {
						taken.add(withClientId.get(k));
					}
					k++;
				}
			}
			if (!taken.isEmpty()) {
				jdbc.sql("DELETE FROM checkpoint_passage WHERE id IN (:ids)")
					.param("ids", taken.stream().map(ids::get).toList())
					.update();
			}
		}
		List<Object[]> occupants = new ArrayList<>();
		List<Row> rows = new ArrayList<>(drafts.size());
		for (int n = 0; n < drafts.size(); n++) {
			if (taken.contains(n)) {
				rows.add(null);
				continue;
			}
			Row row = stored(drafts.get(n), ids.get(n));
			for (OccupantRow o : row.occupants()) {
				occupants.add(new Object[] { o.passageId(), o.position(), o.name(), o.idNumber(), o.phone(), o.temperature(),
						o.fever(), o.originCode(), o.destinationCode(), o.purpose(), o.riskLevel(),
						drafts.get(n).personIds().get(o.position()), row.passedOn() });
			}
			rows.add(row);
		}
		batch.batchUpdate(INSERT_OCCUPANT, occupants, occupants.size(), (ps, row) -> {
			for (int c = 0; c < row.length; c++) {
				if (c == 11) {
					ps.setObject(c + 1, row[c], Types.BIGINT);
				}
				else if (c == 12) {
					ps.setObject(c + 1, row[c], Types.DATE);
				}
				else {
					ps.setObject(c + 1, row[c]);
				}
			}
		});
		List<Draft> kept = new ArrayList<>();
		for (int n = 0; n < drafts.size(); n++) {
			if (rows.get(n) != null) {
				kept.add(drafts.get(n));
			}
		}
		tally(kept);
		writeLines(lines, rows);
		return rows;
	}

	/** The audit's line of each passage stored, one batched statement per shape of line (the values differ only). */
	private void writeLines(List<AuditTrail.Line> lines, List<Row> rows) {
		Map<String, List<Object[]>> byStatement = new LinkedHashMap<>();
		for (int n = 0; n < rows.size(); n++) {
			if (rows.get(n) != null) {
				List<Object> params = new ArrayList<>(lines.get(n).parameters());
				params.add(rows.get(n).id());
				byStatement.computeIfAbsent(lines.get(n).insertFrom("(VALUES (CAST(? AS BIGINT))) AS stored (id)"),
						sql -> new ArrayList<>()).add(params.toArray());
			}
		}
		byStatement.forEach(batch::batchUpdate);
	}

	/** A checkpoint's hour in {@code checkpoint_passage_tally}. */
	private record TallyKey(long checkpointId, long hour) {
	}

	/** How many counts {@link #tallied} gives. */
	private static final int TALLIED = 6;

	/**
	 * What the daily report counts of a passage, in the order of {@code checkpoint_passage_tally}'s columns:
	 * the passage, a vehicle (not on foot), its persons, their fevers, turned back, referred on.
	 */
	static long[] tallied(PassagePolicy.Accepted p) {
		return new long[] { 1, p.vehicleType() == PassageVehicle.ON_FOOT ? 0 : 1, p.occupants().size(), p.fevers(),
				p.outcome() == PassageOutcome.TURNED_BACK ? 1 : 0, p.outcome().referral() ? 1 : 0 };
	}

	/**
	 * Counts the stored passages in their checkpoints' hours: the rows first (so that concurrent first passages of
	 * an hour wait on one another's row instead of failing on its key), then one update per hour, in key order so
	 * that two batches of the same hours take their rows in the same order.
	 */
	private void tally(List<Draft> stored) {
		if (stored.isEmpty()) {
			return;
		}
		Map<TallyKey, long[]> byHour = new TreeMap<>(
				Comparator.comparingLong(TallyKey::checkpointId).thenComparingLong(TallyKey::hour));
		for (Draft d : stored) {
			long[] sums = byHour.computeIfAbsent(new TallyKey(d.checkpointId(), WindowBuckets.hour(d.passedAt())),
					k -> new long[TALLIED]);
			long[] counts = tallied(d.passage());
			for (int i = 0; i < TALLIED; i++) {
				sums[i] += counts[i];
			}
		}
		List<Object> keys = new ArrayList<>();
		byHour.keySet().forEach(key -> {
			keys.add(key.checkpointId());
			keys.add(key.hour());
		});
		jdbc.sql("INSERT INTO checkpoint_passage_tally (checkpoint_id, passed_hour, passages, vehicles, persons, fevers, "
				+ "turned_back, referrals) VALUES " + String.join(", ", Collections.nCopies(byHour.size(), "(?, ?, 0, 0, 0, 0, 0, 0)"))
				+ " ON CONFLICT DO NOTHING")
			.params(keys)
			.update();
		batch.batchUpdate("""
				UPDATE checkpoint_passage_tally SET passages = passages + ?, vehicles = vehicles + ?, persons = persons + ?,
				  fevers = fevers + ?, turned_back = turned_back + ?, referrals = referrals + ?
				WHERE checkpoint_id = ? AND passed_hour = ?""", new ArrayList<>(byHour.entrySet()), byHour.size(),
				(ps, hour) -> {
					for (int i = 0; i < TALLIED; i++) {
						ps.setLong(i + 1, hour.getValue()[i]);
					}
					ps.setLong(TALLIED + 1, hour.getKey().checkpointId());
					ps.setLong(TALLIED + 2, hour.getKey().hour());
				});
	}

	/**
	 * One passage on PostgreSQL in one statement, one round trip instead of five: its row, its client id (the
	 * same {@code ON CONFLICT DO NOTHING} as the batch), its occupants, its hour's count and its audit line, these
	 * only when the client id was taken, in a data-modifying {@code WITH}. A client id stored first by another request leaves the passage
	 * alone in its table, taken out again at once, and is answered as null.
	 */
	private Row insertOne(Draft d, AuditTrail.Line line) {
		Row row = stored(d, 0);
		boolean withClientId = d.clientId() != null;
		String sql = ONE_PASSAGE.computeIfAbsent(row.occupants().size() * 2 + (withClientId ? 1 : 0),
				shape -> oneShot(shape / 2, shape % 2 == 1, line));
		long[] stored = batch.query(connection -> {
			PreparedStatement ps = connection.prepareStatement(sql);
			setPassage(ps, d);
			int index = 15;
			if (withClientId) {
				ps.setString(index++, d.clientId());
			}
			for (OccupantRow o : row.occupants()) {
				ps.setInt(index++, o.position());
				ps.setString(index++, o.name());
				ps.setString(index++, o.idNumber());
				ps.setString(index++, o.phone());
				ps.setBigDecimal(index++, o.temperature());
				ps.setBoolean(index++, o.fever());
				ps.setString(index++, o.originCode());
				ps.setString(index++, o.destinationCode());
				ps.setString(index++, o.purpose());
				ps.setString(index++, o.riskLevel());
				ps.setObject(index++, d.personIds().get(o.position()), Types.BIGINT);
			}
			ps.setLong(index++, d.checkpointId());
			ps.setLong(index++, WindowBuckets.hour(d.passedAt()));
			for (long count : tallied(d.passage())) {
				ps.setLong(index++, count);
			}
			for (Object value : line.parameters()) {
				ps.setObject(index++, value, Types.VARCHAR);
			}
			return ps;
		}, rs -> {
			rs.next();
			return new long[] { rs.getLong("id"), rs.getBoolean("kept") ? 1 : 0 };
		});
		if (stored[1] == 0) {
			jdbc.sql("DELETE FROM checkpoint_passage WHERE id = ?").param(stored[0]).update();
			return null;
		}
		return stored(d, stored[0]);
	}

	/**
	 * {@link #insertOne}'s statements by shape (occupants × 2, + 1 with a client id), each built once: the audit's
	 * line is the same statement part for every passage, its values parameters.
	 */
	private static final Map<Integer, String> ONE_PASSAGE = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * The statement of {@link #insertOne} for a passage of this many occupants, with or without a client id, and
	 * its audit line.
	 */
	private static String oneShot(int occupants, boolean withClientId, AuditTrail.Line line) {
		String occupantRow = "(CAST(? AS INTEGER), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
				+ "CAST(? AS NUMERIC), CAST(? AS BOOLEAN), CAST(? AS VARCHAR), CAST(? AS VARCHAR), CAST(? AS VARCHAR), "
				+ "CAST(? AS VARCHAR), CAST(? AS BIGINT))";
		// What the passage's other rows are written under: its client id was not taken by another request.
		String ifKept = withClientId ? " WHERE EXISTS (SELECT 1 FROM client)" : "";
		return "WITH passage AS (" + INSERT + " RETURNING id, passed_on)"
				+ (withClientId ? """
						, client AS (INSERT INTO checkpoint_passage_client_id (client_id, passage_id, passed_on)
						  SELECT ?, id, passed_on FROM passage ON CONFLICT DO NOTHING RETURNING passage_id)""" : "")
				+ """
						, occupant AS (INSERT INTO checkpoint_passage_occupant (passage_id, position, name, id_number, phone,
						  temperature, fever, origin_code, destination_code, purpose, risk_level, person_id, passed_on)
						  SELECT passage.id, o.position, o.name, o.id_number, o.phone, o.temperature, o.fever, o.origin_code,
						    o.destination_code, o.purpose, o.risk_level, o.person_id, passage.passed_on
						  FROM passage CROSS JOIN (VALUES %1$s) AS o (position, name, id_number, phone, temperature, fever,
						    origin_code, destination_code, purpose, risk_level, person_id)%2$s)
						, tally AS (INSERT INTO checkpoint_passage_tally AS t (checkpoint_id, passed_hour, passages, vehicles,
						  persons, fevers, turned_back, referrals)
						  SELECT CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT),
						    CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS BIGINT) FROM passage%2$s
						  ON CONFLICT (checkpoint_id, passed_hour) DO UPDATE SET passages = t.passages + EXCLUDED.passages,
						    vehicles = t.vehicles + EXCLUDED.vehicles, persons = t.persons + EXCLUDED.persons,
						    fevers = t.fevers + EXCLUDED.fevers, turned_back = t.turned_back + EXCLUDED.turned_back,
						    referrals = t.referrals + EXCLUDED.referrals)%4$s
						SELECT id, %3$s AS kept FROM passage""".formatted(
						String.join(", ", Collections.nCopies(occupants, occupantRow)), ifKept,
						withClientId ? "EXISTS (SELECT 1 FROM client)" : "TRUE",
						"\n, audit AS (" + line.insertFrom("passage" + ifKept) + ")");
	}

	/** The passage's row as {@link #INSERT} stores it: its 14 parameters. */
	private static void setPassage(PreparedStatement ps, Draft d) throws SQLException {
		PassagePolicy.Accepted p = d.passage();
		ps.setString(1, d.clientId());
		ps.setLong(2, d.checkpointId());
		ps.setString(3, p.plate());
		ps.setString(4, p.plateProvince());
		ps.setString(5, p.vehicleType().name());
		ps.setString(6, p.outcome().name());
		ps.setInt(7, p.occupants().size());
		ps.setInt(8, p.fevers());
		ps.setString(9, d.riskLevel());
		ps.setObject(10, d.passedOn(), Types.DATE);
		ps.setObject(11, Timestamps.utc(d.passedAt()));
		ps.setString(12, d.jurisdictionCode());
		ps.setString(13, d.path().value());
		ps.setString(14, d.by());
	}

	/** The passage as it is stored under {@code id}, its occupants in the order typed, temperatures as kept. */
	private static Row stored(Draft d, long id) {
		PassagePolicy.Accepted p = d.passage();
		List<OccupantRow> people = new ArrayList<>();
		for (int i = 0; i < p.occupants().size(); i++) {
			PassagePolicy.Person o = p.occupants().get(i);
			people.add(new OccupantRow(id, i, o.name(), o.idNumber(), o.phone(), stored(o.temperature()), o.fever(),
					o.originCode(), o.destinationCode(), o.purpose(), d.risks().get(i)));
		}
		return new Row(id, d.checkpointId(), p.plate(), p.plateProvince(), p.vehicleType(), p.outcome(),
				p.occupants().size(), p.fevers(), d.riskLevel(), d.passedOn(), d.passedAt(), d.jurisdictionCode(), d.path(),
				d.by(), List.copyOf(people));
	}

	/** A temperature as its column keeps it: to a tenth of a degree, rounded half up. */
	private static BigDecimal stored(BigDecimal temperature) {
		return temperature.setScale(1, RoundingMode.HALF_UP);
	}

	/** Unscoped on purpose: a client id names one submission wherever it landed. */
	Optional<Row> findByClientId(String clientId) {
		return Optional.ofNullable(findByClientIds(List.of(clientId)).get(clientId));
	}

	/** The passages stored under any of these client ids, by client id: unscoped, as {@link #findByClientId}. */
	Map<String, Row> findByClientIds(Collection<String> clientIds) {
		Map<String, Row> found = new HashMap<>();
		if (clientIds.isEmpty()) {
			return found;
		}
		Map<Long, String> byId = new HashMap<>();
		// One probe of the client ids' key each, then the passage in its month's partition.
		List<Row> rows = jdbc.sql("""
				SELECT c.client_id AS given_id, p.id, p.checkpoint_id, p.plate, p.plate_province, p.vehicle_type, p.outcome,
				  p.occupant_count, p.fever_count, p.risk_level, p.passed_on, p.passed_at, p.jurisdiction_code,
				  p.jurisdiction_path, p.created_by
				FROM checkpoint_passage_client_id c
				JOIN checkpoint_passage p ON p.id = c.passage_id AND p.passed_on = c.passed_on
				WHERE c.client_id IN (:ids)""")
			.param("ids", List.copyOf(clientIds))
			.query((rs, n) -> {
				Row row = map(rs, n);
				byId.put(row.id(), rs.getString("given_id"));
				return row;
			})
			.list();
		withOccupants(rows).forEach(row -> found.put(byId.get(row.id()), row));
		return found;
	}

	Optional<Row> find(long id) {
		return jdbc.sql(COLUMNS + " WHERE id = ?").param(id).query(PassageDatabase::map).optional()
			.map(row -> withOccupants(List.of(row)).getFirst());
	}

	/** A page of a checkpoint's passages of a day, by id after the cursor's, within the viewer's scope. */
	List<Row> list(long checkpointId, LocalDate day, String scope, Long after, int fetch) {
		return withOccupants(jdbc.sql(COLUMNS + " WHERE checkpoint_id = ? AND passed_on = ? AND " + InScope.positional()
				+ " AND id > ? ORDER BY id LIMIT ?")
			.params(checkpointId, day, InScope.pattern(scope), after == null ? 0 : after, fetch)
			.query(PassageDatabase::map)
			.list());
	}

	/** What the day's figures count of each passage of a checkpoint. */
	record Counted(Instant passedAt, PassageVehicle vehicleType, PassageOutcome outcome, int occupants, int fevers,
			String plateProvince) {
	}

	List<Counted> counted(long checkpointId, LocalDate day) {
		return jdbc.sql("""
				SELECT passed_at, vehicle_type, outcome, occupant_count, fever_count, plate_province
				FROM checkpoint_passage WHERE checkpoint_id = ? AND passed_on = ?""")
			.params(checkpointId, day)
			.query((rs, n) -> new Counted(rs.getObject("passed_at", OffsetDateTime.class).toInstant(),
					PassageVehicle.valueOf(rs.getString("vehicle_type")), PassageOutcome.valueOf(rs.getString("outcome")),
					rs.getInt("occupant_count"), rs.getInt("fever_count"), rs.getString("plate_province")))
			.list();
	}

	/** A person's passage as their timeline tells it. */
	record PersonPassage(long passageId, long checkpointId, String checkpointName, LocalDate passedOn, Instant passedAt,
			BigDecimal temperature, boolean fever, PassageOutcome outcome, boolean atOwnCheckpoint) {
	}

	/**
	 * The passages of a person, newest first: those at a checkpoint of the viewer's area, and those handed over
	 * to a place of it (a grid sees the passage that brought its returnee, wherever the checkpoint stood), each
	 * saying whether its checkpoint is the viewer's to open.
	 */
	List<PersonPassage> ofPerson(long personId, String scope, int limit) {
		return jdbc.sql("""
				SELECT p.id, p.checkpoint_id, c.name, p.passed_on, p.passed_at, o.temperature, o.fever, p.outcome,
				  CASE WHEN %1$s THEN 1 ELSE 0 END AS own
				FROM checkpoint_passage_occupant o
				JOIN checkpoint_passage p ON p.id = o.passage_id AND p.passed_on = o.passed_on
				JOIN checkpoint c ON c.id = p.checkpoint_id
				WHERE o.person_id = :person AND (%1$s OR EXISTS (SELECT 1 FROM checkpoint_follow_up f
				  WHERE f.passage_id = o.passage_id AND f.position = o.position AND %2$s))
				ORDER BY p.passed_at DESC LIMIT :limit""".formatted(InScope.sql("p.jurisdiction_path"),
				InScope.sql("f.jurisdiction_path")))
			.param("person", personId)
			.param(InScope.PARAMETER, InScope.pattern(scope))
			.param("limit", limit)
			.query((rs, n) -> new PersonPassage(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, OffsetDateTime.class).toInstant(),
					rs.getBigDecimal(6), rs.getBoolean(7), PassageOutcome.valueOf(rs.getString(8)), rs.getInt(9) == 1))
			.list();
	}

	void repath(JurisdictionPath from, JurisdictionPath to) {
		PathRestamp.under(jdbc, from, to, "checkpoint_passage");
	}

	/** The rows with their occupants, read in one query. */
	private List<Row> withOccupants(List<Row> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Long, List<OccupantRow>> byPassage = new LinkedHashMap<>();
		rows.forEach(r -> byPassage.put(r.id(), new ArrayList<>()));
		jdbc.sql("""
				SELECT passage_id, position, name, id_number, phone, temperature, fever, origin_code, destination_code,
				  purpose, risk_level
				FROM checkpoint_passage_occupant WHERE passage_id IN (:ids) ORDER BY passage_id, position""")
			.param("ids", List.copyOf(byPassage.keySet()))
			.query((rs, n) -> new OccupantRow(rs.getLong("passage_id"), rs.getInt("position"), rs.getString("name"),
					rs.getString("id_number"), rs.getString("phone"), rs.getBigDecimal("temperature"),
					rs.getBoolean("fever"), rs.getString("origin_code"), rs.getString("destination_code"),
					rs.getString("purpose"), rs.getString("risk_level")))
			.list()
			.forEach(o -> byPassage.get(o.passageId()).add(o));
		return rows.stream().map(r -> r.withOccupants(byPassage.get(r.id()))).toList();
	}

	private static Row map(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("checkpoint_id"), rs.getString("plate"),
				rs.getString("plate_province"), PassageVehicle.valueOf(rs.getString("vehicle_type")),
				PassageOutcome.valueOf(rs.getString("outcome")), rs.getInt("occupant_count"), rs.getInt("fever_count"),
				rs.getString("risk_level"), rs.getObject("passed_on", LocalDate.class),
				rs.getObject("passed_at", OffsetDateTime.class).toInstant(), rs.getString("jurisdiction_code"),
				new JurisdictionPath(rs.getString("jurisdiction_path")), rs.getString("created_by"), List.of());
	}
}
