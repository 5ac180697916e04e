package org.bastion;

import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A client of the running application's API for full-stack tests, signed in as one of the demo
 * accounts (or anonymous). It never throws on an error status, so tests can assert on 4xx answers.
 */
public final class ApiClient {

	public static final String PASSWORD = "demo12345";

	private ApiClient() {
	}

	public static RestClient anonymous(int port) {
		return RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE + ", " + MediaType.APPLICATION_PROBLEM_JSON_VALUE)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build();
	}

	public static RestClient signedIn(int port, String username) {
		return anonymous(port).mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token(port, username)).build();
	}

	@SuppressWarnings("unchecked")
	public static String token(int port, String username) {
		Map<String, Object> body = anonymous(port).post()
			.uri("/api/v1/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "password", PASSWORD))
			.retrieve()
			.body(Map.class);
		if (body == null || body.get("token") == null) {
			throw new IllegalStateException("Cannot sign in as " + username + ": " + body);
		}
		return (String) body.get("token");
	}
}
