package org.bastion.operations;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * The database failures a first start meets, in the operator's words with the command that fixes
 * them: a PostgreSQL role or database not created yet, a wrong password, a server not running,
 * and an H2 data folder held open by another process. Names come from the settings, not from the
 * server's message, which PostgreSQL may word in another language.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

	/** H2's "Database may be already in use" (ErrorCode.DATABASE_ALREADY_OPEN_1). */
	private static final int H2_ALREADY_OPEN = 90020;

	private static final Pattern POSTGRESQL_URL = Pattern.compile("jdbc:postgresql://([^/?]*)/([^?;]+)");

	private final Environment environment;

	DatabaseFailureAnalyzer(Environment environment) {
		this.environment = environment;
	}

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
		String url = environment.getProperty("spring.datasource.url", "");
		if (url.startsWith("jdbc:h2:file:") && cause.getErrorCode() == H2_ALREADY_OPEN) {
			Path folder = Path.of(environment.getProperty("bastion.data-dir", "./data")).toAbsolutePath().normalize();
			return analysis("The data folder %s (bastion.data-dir) is in use by another process, most likely another Bastion."
				.formatted(folder), "Stop that one, or start this one with another --bastion.data-dir.", cause);
		}
		Matcher postgresql = POSTGRESQL_URL.matcher(url);
		if (!postgresql.lookingAt() || cause.getSQLState() == null) {
			return null;
		}
		String server = postgresql.group(1);
		String database = postgresql.group(2);
		String role = environment.getProperty("spring.datasource.username", System.getProperty("user.name"));
		return switch (cause.getSQLState()) {
			case "28000" -> analysis("PostgreSQL at %s has no role \"%s\" (spring.datasource.username).".formatted(server, role),
					"Create it: sudo -u postgres createuser --pwprompt %s (a new database for it: sudo -u postgres createdb -O %s %s)."
						.formatted(role, role, database), cause);
			case "3D000" -> analysis("PostgreSQL at %s has no database \"%s\" (spring.datasource.url).".formatted(server, database),
					"Create it: sudo -u postgres createdb -O %s %s.".formatted(role, database), cause);
			case "28P01" -> analysis("PostgreSQL at %s refused the password of role \"%s\" (spring.datasource.password)."
				.formatted(server, role), "Set the role's password: sudo -u postgres psql -c \"\\password %s\", and give the same in SPRING_DATASOURCE_PASSWORD."
					.formatted(role), cause);
			case "08001" -> analysis("PostgreSQL is not reachable at %s (spring.datasource.url).".formatted(server),
					"Start PostgreSQL, or correct the host and port in spring.datasource.url.", cause);
			default -> null;
		};
	}

	private static FailureAnalysis analysis(String description, String action, SQLException cause) {
		return new FailureAnalysis(description, action, cause);
	}
}
