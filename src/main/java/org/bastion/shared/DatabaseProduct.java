package org.bastion.shared;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

import org.springframework.stereotype.Component;

/**
 * Which database Bastion runs on, asked once: the few writes that PostgreSQL takes in a faster form than the
 * portable one ({@code COPY}, a data-modifying {@code WITH}, partitions by month) choose it here, and H2 keeps
 * the portable statement.
 */
@Component
public final class DatabaseProduct {

	private final DataSource dataSource;

	private volatile Boolean postgres;

	public DatabaseProduct(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	public boolean isPostgres() {
		Boolean known = postgres;
		if (known == null) {
			try (Connection connection = dataSource.getConnection()) {
				known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
			}
			catch (SQLException e) {
				throw new IllegalStateException("Cannot tell which database this is", e);
			}
			postgres = known;
		}
		return known;
	}
}
