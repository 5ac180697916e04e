package org.bastion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.bastion.ApiClient;
import org.bastion.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A database that is gone, for real: the test's own in-memory H2 (never the shared test database, on
 * either vendor) is shut down as it is after an out-of-memory, and then every write is a 503 to retry,
 * with {@code Retry-After} and a message saying the service is unavailable, on the API and on the
 * pages, and the health endpoint answers DOWN. Before, every write was a 409 "conflict" and health
 * stayed UP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class DatabaseOutageTests {

	private static final String DATABASE = "outage-" + UUID.randomUUID();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The database is made here and the application opens it only if it exists, so after the shutdown
	 * the pool cannot silently start on a new empty one.
	 */
	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) throws SQLException {
		String url = "jdbc:h2:mem:" + DATABASE + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		try (Connection create = DriverManager.getConnection(url, "sa", "")) {
			assertThat(create.isValid(1)).isTrue();
		}
		registry.add("spring.datasource.url", () -> url + ";IFEXISTS=TRUE");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
		registry.add("spring.datasource.hikari.connection-timeout", () -> "500");
		registry.add("bastion.demo.persons", () -> "20");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void writesAre503AndHealthIsDownOnceTheDatabaseIsGone() throws Exception {
		String token = ApiClient.token(port, "demo-township");
		PageSession browser = PageSession.signIn(port, "demo-township");
		String form = browser.get("/people/new").body();
		assertThat(health().getStatusCode().value()).isEqualTo(200);

		jdbc.execute("SHUTDOWN");

		ResponseEntity<String> api = ApiClient.anonymous(port)
			.post()
			.uri("/api/v1/people")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "王停电", "jurisdictionCode", "511528103"))
			.retrieve()
			.toEntity(String.class);
		assertThat(api.getStatusCode().value()).isEqualTo(503);
		assertThat(api.getHeaders().getFirst("Retry-After")).isNotBlank();
		JsonNode problem = JSON.readTree(api.getBody());
		assertThat(problem.path("status").asInt()).isEqualTo(503);
		assertThat(problem.path("detail").asString()).contains("服务暂时不可用");

		HttpResponse<String> page = browser.post("/people", Map.of("name", "王停电", "jurisdictionCode", "511528103"), form);
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).isPresent();
		assertThat(page.body()).contains("id=\"error-message\"").contains("服务暂时不可用");

		ResponseEntity<String> health = health();
		assertThat(health.getStatusCode().value()).isEqualTo(503);
		assertThat(health.getBody()).contains("\"DOWN\"");
		ResponseEntity<String> readiness = ApiClient.anonymous(port).get().uri("/actuator/health/readiness").retrieve()
			.toEntity(String.class);
		assertThat(readiness.getStatusCode().value()).isEqualTo(503);
	}

	private ResponseEntity<String> health() {
		return ApiClient.anonymous(port).get().uri("/actuator/health").retrieve().toEntity(String.class);
	}
}
