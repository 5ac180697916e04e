package org.bastion.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants to and from {@code TIMESTAMP WITH TIME ZONE} columns, the same on H2 and PostgreSQL: bound as UTC
 * offsets, read back as instants; a null stays null.
 */
public final class Timestamps {

	private Timestamps() {
	}

	/** The value to bind for an instant. */
	public static OffsetDateTime utc(Instant at) {
		return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	/** The instant a column holds, or null. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
