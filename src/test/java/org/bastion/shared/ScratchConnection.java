package org.bastion.shared;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One connection to the database the suite runs on (PostgreSQL when {@code SPRING_DATASOURCE_URL} names
 * it, an in-memory H2 in PostgreSQL mode otherwise), kept open so that a test's temporary tables live as
 * long as the test.
 */
final class ScratchConnection {

	private ScratchConnection() {
	}

	static SingleConnectionDataSource open() {
		String url = System.getenv("SPRING_DATASOURCE_URL");
		if (url == null || url.isBlank()) {
			return new SingleConnectionDataSource("jdbc:h2:mem:scratch;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "",
					true);
		}
		String user = System.getenv("SPRING_DATASOURCE_USERNAME");
		String password = System.getenv("SPRING_DATASOURCE_PASSWORD");
		return new SingleConnectionDataSource(url, user == null ? "" : user, password == null ? "" : password, true);
	}
}
