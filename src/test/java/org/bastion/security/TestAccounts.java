package org.bastion.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.bastion.ApiClient;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Fresh accounts for tests that lock, throttle or revoke: the demo's accounts are shared by every test
 * of the run, so a test that spoils one would spoil the others.
 */
final class TestAccounts {

	record Account(long id, String username) {
	}

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	private TestAccounts() {
	}

	/** A grid worker of 共乐镇 made by the demo's system administrator, with the demo password. */
	static Account gridWorker(int port) {
		String username = "t-" + UUID.randomUUID().toString().substring(0, 12);
		ResponseEntity<Map<String, Object>> created = ApiClient.signedIn(port, "demo-admin")
			.post()
			.uri("/api/v1/users")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "displayName", "测试账号", "password", ApiClient.PASSWORD, "role",
					Role.GRID_WORKER.name(), "jurisdictionCode", "511528103"))
			.retrieve()
			.toEntity(JSON);
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		return new Account(((Number) created.getBody().get("id")).longValue(), username);
	}
}
