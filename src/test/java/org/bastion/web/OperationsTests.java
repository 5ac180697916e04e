package org.bastion.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.bastion.ApiClient;
import org.bastion.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** What an operator and an integrator reach: health without signing in, metrics and the API's description as an administrator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsTests {

	@LocalServerPort
	int port;

	private RestClient client() {
		return ApiClient.anonymous(port);
	}

	@Test
	void healthIsUp() {
		ResponseEntity<String> health = client().get().uri("/actuator/health").retrieve().toEntity(String.class);
		assertThat(health.getStatusCode().value()).isEqualTo(200);
		assertThat(health.getBody()).contains("\"UP\"");
	}

	/** Readiness includes the write check (DatabaseOutageTests shows it going DOWN); healthy, it is UP. */
	@Test
	void readinessIsUpWhileTheDatabaseTakesWrites() {
		ResponseEntity<String> readiness = client().get().uri("/actuator/health/readiness").retrieve().toEntity(String.class);
		assertThat(readiness.getStatusCode().value()).isEqualTo(200);
		assertThat(readiness.getBody()).contains("\"UP\"");
	}

	@Test
	void aSystemAdministratorReadsTheMetrics() throws Exception {
		String metrics = PageSession.signIn(port, "demo-admin").get("/actuator/prometheus").body();
		assertThat(metrics).contains("jvm_memory_used_bytes").contains("http_server_requests");
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() throws Exception {
		String document = PageSession.signIn(port, "demo-admin").get("/v3/api-docs").body();
		assertThat(document).contains("/api/v1/auth/token").contains("/api/v1/people").contains("/api/v1/jurisdictions/{code}")
			.contains("/api/v1/audit").contains("/api/v1/me");
	}

	@Test
	void pagesAskAnonymousVisitorsToSignIn() {
		ResponseEntity<String> home = client().get().uri("/").retrieve().toEntity(String.class);
		assertThat(home.getStatusCode().value()).isEqualTo(302);
		assertThat(home.getHeaders().getLocation().getPath()).isEqualTo("/login");
	}

	@Test
	void theSignInPageIsChineseFirstAndSmall() {
		ResponseEntity<String> login = client().get().uri("/login").header("Accept-Language", "en-US").retrieve().toEntity(String.class);
		assertThat(login.getBody()).contains("登录").contains("lang=\"zh-CN\"");
		assertThat(login.getBody().length()).isLessThan(100_000);
	}

	@Test
	void anUnknownPageIs404WithoutAStackTrace() {
		ResponseEntity<String> missing = ApiClient.signedIn(port, "demo-county").get().uri("/api/v1/nothing-here").retrieve()
			.toEntity(String.class);
		assertThat(missing.getStatusCode().value()).isEqualTo(404);
		assertThat(missing.getBody()).doesNotContain("Exception").doesNotContain("at org.");
	}
}
