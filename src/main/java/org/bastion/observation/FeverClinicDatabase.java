package org.bastion.observation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.bastion.shared.InScope;
import org.bastion.shared.Inserts;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.PathRestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code fever_clinic} table. */
@Repository
class FeverClinicDatabase {

	private static final String COLUMNS = "id, name, address, phone, jurisdiction_code, active";

	private final JdbcClient jdbc;

	FeverClinicDatabase(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewFeverClinic clinic, String clientId, JurisdictionPath path, String by, Instant at) {
		return Inserts.returningId(jdbc.sql("""
				INSERT INTO fever_clinic (client_id, name, address, phone, jurisdiction_code, jurisdiction_path, created_by,
				  created_at)
				VALUES (:clientId, :name, :address, :phone, :code, :path, :by, :at)""")
			.param("clientId", clientId, Types.VARCHAR)
			.param("name", clinic.name().strip())
			.param("address", clinic.address().strip())
			.param("phone", clinic.phone() == null || clinic.phone().isBlank() ? null : clinic.phone().strip(), Types.VARCHAR)
			.param("code", clinic.jurisdictionCode().strip())
			.param("path", path.value())
			.param("by", by)
			.param("at", at.atOffset(ZoneOffset.UTC)));
	}

	Optional<Long> idOfClient(String clientId) {
		return jdbc.sql("SELECT id FROM fever_clinic WHERE client_id = ?").param(clientId).query(Long.class).optional();
	}

	/** A clinic in the area, active or not. */
	Optional<FeverClinic> find(long id, String scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM fever_clinic WHERE id = ? AND " + InScope.positional())
			.params(id, InScope.pattern(scope))
			.query(FeverClinicDatabase::map)
			.optional();
	}

	/** The clinics of an area and below, active first, by name. */
	List<FeverClinic> in(String scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM fever_clinic WHERE " + InScope.positional()
				+ " ORDER BY active DESC, jurisdiction_path, name, id")
			.param(InScope.pattern(scope))
			.query(FeverClinicDatabase::map)
			.list();
	}

	/** The active clinics whose area holds the place (its own, its township's, the county's), nearest first. */
	List<FeverClinic> serving(JurisdictionPath place) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM fever_clinic WHERE active = TRUE AND " + InScope.holdingPositional()
				+ " ORDER BY LENGTH(jurisdiction_path) DESC, name, id")
			.param(InScope.path(place.value()))
			.query(FeverClinicDatabase::map)
			.list();
	}

	/** The active clinic serving the place, or none: a referral names only one of those. */
	Optional<FeverClinic> servingOne(long id, JurisdictionPath place) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM fever_clinic WHERE id = ? AND active = TRUE AND "
				+ InScope.holdingPositional())
			.params(id, InScope.path(place.value()))
			.query(FeverClinicDatabase::map)
			.optional();
	}

	boolean retire(long id, String by, Instant at) {
		return jdbc.sql("UPDATE fever_clinic SET active = FALSE, retired_by = ?, retired_at = ? WHERE id = ? AND active = TRUE")
			.params(by, at.atOffset(ZoneOffset.UTC), id)
			.update() == 1;
	}

	int repath(JurisdictionPath from, JurisdictionPath to) {
		return PathRestamp.under(jdbc, from, to, "fever_clinic");
	}

	private static FeverClinic map(ResultSet rs, int row) throws SQLException {
		return new FeverClinic(rs.getLong("id"), rs.getString("name"), rs.getString("address"), rs.getString("phone"),
				rs.getString("jurisdiction_code"), null, rs.getBoolean("active"), false);
	}
}
