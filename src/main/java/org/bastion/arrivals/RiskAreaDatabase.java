package org.bastion.arrivals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.bastion.shared.Inserts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@code risk_area} table. National reference data: not scoped to a viewer's area. The designations of
 * a day are also kept in memory for the checks of every passing trip ({@link #notEndedBeforeKept}).
 */
@Repository
class RiskAreaDatabase {

	/**
	 * How long the kept designations are trusted without a change seen by this process: a designation saved on
	 * another node (or in SQL) tells this one nothing, so it is read again after this at the latest.
	 */
	static final long KEPT_NANOS = TimeUnit.SECONDS.toNanos(5);

	/** The designations read for a day, under the change generation they were read in. */
	private record Kept(LocalDate day, long generation, long readAt, List<RiskArea> areas) {
	}

	/** Moves on at every change, when it is written and again when its transaction ends. */
	private final AtomicLong generation = new AtomicLong();

	private volatile Kept kept;

	private static final String COLUMNS = "id, division_code, division_name, level, valid_from, valid_to, created_by, "
			+ "created_at, updated_at";

	private final JdbcClient jdbc;

	RiskAreaDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<RiskArea> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM risk_area ORDER BY valid_from DESC, id DESC")
			.query(RiskAreaDatabase::map)
			.list();
	}

	/** Designations that have not ended before {@code date}: in force then or later. */
	List<RiskArea> notEndedBefore(LocalDate date) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM risk_area WHERE valid_to IS NULL OR valid_to >= ? "
				+ "ORDER BY valid_from DESC, id DESC")
			.param(date)
			.query(RiskAreaDatabase::map)
			.list();
	}

	/**
	 * {@link #notEndedBefore} as kept in memory: read again when the day is another, when this process changed
	 * a designation since (at once, committed or not, and again when that change's transaction ended, so that
	 * nothing read between the write and its commit is kept), or after {@link #KEPT_NANOS}.
	 */
	List<RiskArea> notEndedBeforeKept(LocalDate date) {
		if (TransactionSynchronizationManager.hasResource(generation)) {
			// This transaction changed a designation: what it reads is not yet everybody's to keep.
			return notEndedBefore(date);
		}
		long now = System.nanoTime();
		long seen = generation.get();
		Kept last = kept;
		if (last != null && last.day().equals(date) && last.generation() == seen && now - last.readAt() < KEPT_NANOS) {
			return last.areas();
		}
		List<RiskArea> areas = List.copyOf(notEndedBefore(date));
		if (generation.get() == seen) {
			kept = new Kept(date, seen, now, areas);
		}
		return areas;
	}

	/** Forgets the kept designations now and again once the writing transaction has ended, whichever way. */
	private void changed() {
		generation.incrementAndGet();
		kept = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& !TransactionSynchronizationManager.hasResource(generation)) {
			TransactionSynchronizationManager.bindResource(generation, Boolean.TRUE);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(generation);
					generation.incrementAndGet();
					kept = null;
				}
			});
		}
	}

	Optional<RiskArea> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM risk_area WHERE id = ?").param(id).query(RiskAreaDatabase::map).optional();
	}

	long insert(String code, String name, RiskLevel level, LocalDate from, LocalDate to, String by, Instant now) {
		changed();
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO risk_area (division_code, division_name, level, valid_from, valid_to, created_by,
				  created_at, updated_at)
				VALUES (:code, :name, :level, :from, :to, :by, :now, :now)""")
			.param("code", code)
			.param("name", name)
			.param("level", level.name())
			.param("from", from)
			.param("to", to, Types.DATE)
			.param("by", by)
			.param("now", now.atOffset(ZoneOffset.UTC)));
	}

	void update(long id, String code, String name, RiskLevel level, LocalDate from, LocalDate to, Instant now) {
		changed();
		jdbc.sql("""
				UPDATE risk_area SET division_code = :code, division_name = :name, level = :level, valid_from = :from,
				  valid_to = :to, updated_at = :now WHERE id = :id""")
			.param("code", code)
			.param("name", name)
			.param("level", level.name())
			.param("from", from)
			.param("to", to, Types.DATE)
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	private static RiskArea map(ResultSet rs, int row) throws SQLException {
		return new RiskArea(rs.getLong("id"), rs.getString("division_code"), rs.getString("division_name"),
				RiskLevel.valueOf(rs.getString("level")), rs.getObject("valid_from", LocalDate.class),
				rs.getObject("valid_to", LocalDate.class), rs.getString("created_by"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
