package org.bastion.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bastion.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Sign-in, tokens, lockout, accounts and the audit log, over HTTP against the running application. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityApiTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	/** This test's client address, so that its failed sign-ins use no other test's allowance. */
	private final String address = SignInLimitsTests.someAddress();

	@Test
	void apiWithoutTokenAnswers401AsProblem() {
		ResponseEntity<Map<String, Object>> response = ApiClient.anonymous(port).get().uri("/api/v1/me").retrieve().toEntity(JSON);
		assertThat(response.getStatusCode().value()).isEqualTo(401);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(response.getBody()).containsEntry("status", 401);
	}

	@Test
	void aForgedTokenIsRefused() {
		ResponseEntity<Map<String, Object>> response = ApiClient.anonymous(port)
			.get()
			.uri("/api/v1/me")
			.header(HttpHeaders.AUTHORIZATION, "Bearer not-a-token")
			.retrieve()
			.toEntity(JSON);
		assertThat(response.getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void meNamesTheUserRoleAndArea() {
		Map<String, Object> me = ApiClient.signedIn(port, "demo-township").get().uri("/api/v1/me").retrieve().body(JSON);
		assertThat(me).containsEntry("username", "demo-township")
			.containsEntry("role", "TOWNSHIP_STAFF")
			.containsEntry("jurisdictionCode", "511528103")
			.containsEntry("jurisdictionName", "共乐镇")
			.containsEntry("masked", false)
			.doesNotContainKey("jurisdictionPath");
		Map<String, Object> leader = ApiClient.signedIn(port, "demo-leader").get().uri("/api/v1/me").retrieve().body(JSON);
		assertThat(leader).containsEntry("role", "LEADER").containsEntry("masked", true).containsEntry("readOnly", true);
	}

	@Test
	void wrongPasswordIs401AndFiveFailuresLockTheAccount() {
		String username = createAccount(Role.GRID_WORKER, "511528103");
		for (int i = 0; i < LoginAttempts.LOCK_AFTER; i++) {
			assertThat(tokenStatus(username, "wrong-password")).isEqualTo(401);
		}
		ResponseEntity<Map<String, Object>> locked = tokenRequest(username, ApiClient.PASSWORD);
		assertThat(locked.getStatusCode().value()).isEqualTo(401);
		assertThat((String) locked.getBody().get("detail")).contains("锁定");

		List<Map<String, Object>> failures = adminItems("/api/v1/audit?user={u}&action=LOGIN_FAILED", username);
		assertThat(failures).hasSizeGreaterThanOrEqualTo(LoginAttempts.LOCK_AFTER);
		assertThat(failures.getFirst()).containsKeys("at", "clientIp", "target");
	}

	@Test
	void successfulSignInResetsTheFailureCount() {
		String username = createAccount(Role.GRID_WORKER, "511528103");
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < LoginAttempts.LOCK_AFTER - 1; i++) {
				tokenStatus(username, "wrong-password");
			}
			assertThat(tokenStatus(username, ApiClient.PASSWORD)).isEqualTo(200);
		}
	}

	@Test
	void theAuditLogIsForAdministratorsOnly() {
		RestClient county = ApiClient.signedIn(port, "demo-county");
		assertThat(county.get().uri("/api/v1/audit").retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(403);
		List<Map<String, Object>> logins = adminItems("/api/v1/audit?user=demo-county&action=LOGIN&limit=5");
		assertThat(logins).isNotEmpty().allSatisfy(entry -> assertThat(entry).containsEntry("action", "LOGIN"));
	}

	@Test
	void accountsNameTheirAreaByCodeAndNameNotByThePath() {
		List<Map<String, Object>> accounts = adminItems("/api/v1/users");
		assertThat(accounts).filteredOn(account -> "demo-township".equals(account.get("username"))).singleElement()
			.satisfies(account -> assertThat(account).containsEntry("jurisdictionCode", "511528103")
				.containsEntry("jurisdictionName", "共乐镇")
				.doesNotContainKey("jurisdictionPath"));
		assertThat(accounts).filteredOn(account -> "demo-admin".equals(account.get("username"))).singleElement()
			.satisfies(account -> assertThat(account).doesNotContainKey("jurisdictionPath"));
	}

	@Test
	void anAdministratorCreatesAccountsOnlyInsideTheirArea() {
		RestClient admin = ApiClient.signedIn(port, "demo-admin");
		Map<String, Object> outside = Map.of("username", "x" + UUID.randomUUID().toString().substring(0, 8),
				"displayName", "外县", "password", "long-enough-1", "role", "HQ_STAFF", "jurisdictionCode", "420102");
		ResponseEntity<Map<String, Object>> refused = admin.post()
			.uri("/api/v1/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body(outside)
			.retrieve()
			.toEntity(JSON);
		assertThat(refused.getStatusCode().value()).isEqualTo(400);
		assertThat(refused.getBody()).containsKey("violations");

		Map<String, Object> shortPassword = Map.of("username", "y" + UUID.randomUUID().toString().substring(0, 8),
				"displayName", "短密码", "password", "short", "role", "GRID_WORKER", "jurisdictionCode", "511528103");
		ResponseEntity<Map<String, Object>> invalid = admin.post()
			.uri("/api/v1/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body(shortPassword)
			.retrieve()
			.toEntity(JSON);
		assertThat(invalid.getStatusCode().value()).isEqualTo(400);
		assertThat(invalid.getBody().get("violations").toString()).contains("password");

		RestClient county = ApiClient.signedIn(port, "demo-county");
		assertThat(county.post()
			.uri("/api/v1/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body(shortPassword)
			.retrieve()
			.toBodilessEntity()
			.getStatusCode()
			.value()).isEqualTo(403);
	}

	@Test
	void aTokenStopsSigningInAtOnceWhenItsAccountIsDisabledOrTheTokenIsRevoked() {
		String disabled = createAccount(Role.GRID_WORKER, "511528103");
		RestClient disabledClient = ApiClient.signedIn(port, disabled);
		assertThat(meStatus(disabledClient)).isEqualTo(200);
		assertThat(meStatus(disabledClient)).as("asked twice: a second sign-in of the same token").isEqualTo(200);
		// No page disables an account yet; the column is what a disabled account would have.
		jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = ?").param(disabled).update();
		assertThat(meStatus(disabledClient)).as("the token of a disabled account").isEqualTo(401);

		String revoked = createAccount(Role.GRID_WORKER, "511528103");
		RestClient revokedClient = ApiClient.signedIn(port, revoked);
		assertThat(meStatus(revokedClient)).isEqualTo(200);
		assertThat(meStatus(revokedClient)).isEqualTo(200);
		// A token is revoked by deleting its row.
		jdbc.sql("DELETE FROM api_token WHERE user_id = (SELECT id FROM app_user WHERE username = ?)").param(revoked).update();
		assertThat(meStatus(revokedClient)).as("a revoked token").isEqualTo(401);
	}

	private static int meStatus(RestClient client) {
		return client.get().uri("/api/v1/me").retrieve().toBodilessEntity().getStatusCode().value();
	}

	@Test
	void malformedJsonIs400NamingTheBody() {
		ResponseEntity<Map<String, Object>> response = ApiClient.anonymous(port)
			.post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"username\": [1,2], ")
			.retrieve()
			.toEntity(JSON);
		assertThat(response.getStatusCode().value()).isEqualTo(400);
		assertThat(response.getBody()).containsKey("violations");
	}

	private String createAccount(Role role, String area) {
		String username = "t-" + UUID.randomUUID().toString().substring(0, 12);
		RestClient admin = ApiClient.signedIn(port, "demo-admin");
		ResponseEntity<Map<String, Object>> created = admin.post()
			.uri("/api/v1/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "displayName", "测试账号", "password", ApiClient.PASSWORD, "role",
					role.name(), "jurisdictionCode", area))
			.retrieve()
			.toEntity(JSON);
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		return username;
	}

	private int tokenStatus(String username, String password) {
		return tokenRequest(username, password).getStatusCode().value();
	}

	private ResponseEntity<Map<String, Object>> tokenRequest(String username, String password) {
		return ApiClient.anonymous(port)
			.post()
			.uri("/api/v1/auth/token")
			.header("X-Forwarded-For", address)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "password", password))
			.retrieve()
			.toEntity(JSON);
	}

	/** The items of a list answer an administrator reads. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> adminItems(String uri, Object... args) {
		Map<String, Object> page = ApiClient.signedIn(port, "demo-admin").get().uri(uri, args).retrieve().body(JSON);
		return (List<Map<String, Object>>) page.get("items");
	}
}
