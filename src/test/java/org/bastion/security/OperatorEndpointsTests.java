package org.bastion.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.bastion.ApiClient;
import org.bastion.PageSession;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Metrics and the API's description are not public unless the operator opens them. */
class OperatorEndpointsTests {

	private static int status(int port, String path) {
		return ApiClient.anonymous(port).get().uri(path).header("Accept", "*/*").retrieve().toBodilessEntity()
			.getStatusCode().value();
	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
	class ByDefault {

		@LocalServerPort
		int port;

		@Test
		void healthIsPublicButMetricsAndDocsAreNot() {
			assertThat(status(port, "/actuator/health")).isEqualTo(200);
			assertThat(status(port, "/actuator/health/liveness")).isEqualTo(200);
			assertThat(status(port, "/actuator/prometheus")).isEqualTo(401);
			assertThat(status(port, "/v3/api-docs")).isEqualTo(302);
			assertThat(status(port, "/v3/api-docs.yaml")).isEqualTo(302);
			assertThat(status(port, "/swagger-ui.html")).isEqualTo(302);
			assertThat(status(port, "/swagger-ui/index.html")).isEqualTo(302);
		}

		@Test
		void aSignedInSystemAdministratorStillReadsThemButOthersDoNot() throws Exception {
			PageSession admin = PageSession.signIn(port, "demo-admin");
			assertThat(admin.get("/v3/api-docs").statusCode()).isEqualTo(200);
			assertThat(admin.get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
			PageSession county = PageSession.signIn(port, "demo-county");
			assertThat(county.get("/v3/api-docs").statusCode()).isEqualTo(403);
			assertThat(county.get("/v3/api-docs.yaml").statusCode()).isEqualTo(403);
			assertThat(county.get("/actuator/prometheus").statusCode()).isEqualTo(403);
		}
	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "bastion.public-docs=true", "bastion.public-metrics=true" })
	class Opened {

		@LocalServerPort
		int port;

		@Test
		void theSettingsOpenMetricsAndDocs() {
			RestClient client = ApiClient.anonymous(port);
			String metrics = client.get().uri("/actuator/prometheus").header("Accept", "text/plain").retrieve().body(String.class);
			assertThat(metrics).contains("jvm_memory_used_bytes");
			ResponseEntity<String> docs = client.get().uri("/v3/api-docs").retrieve().toEntity(String.class);
			assertThat(docs.getStatusCode().value()).isEqualTo(200);
			assertThat(docs.getBody()).contains("/api/v1/auth/token");
			assertThat(status(port, "/swagger-ui/index.html")).isEqualTo(200);
		}
	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
	class OnAManagementPort {

		@LocalServerPort
		int port;

		@LocalManagementPort
		int managementPort;

		@Test
		void theActuatorIsOpenOnItsOwnPortAndAbsentFromThePublicOne() {
			String metrics = ApiClient.anonymous(managementPort).get().uri("/actuator/prometheus").header("Accept", "text/plain")
				.retrieve().body(String.class);
			assertThat(metrics).contains("jvm_memory_used_bytes");
			assertThat(status(managementPort, "/actuator/health")).isEqualTo(200);
			assertThat(status(port, "/actuator/prometheus")).isIn(401, 404);
			assertThat(status(port, "/v3/api-docs")).isEqualTo(302);
		}
	}
}
