package org.bastion.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a TLS proxy on the same machine: what it forwards ({@code X-Forwarded-Proto: https}) makes the
 * session cookie {@code Secure} and turns HSTS on; a plain request gets neither, so that a county
 * without TLS is not locked out of its own pages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BehindTlsProxyTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void aRequestForwardedAsHttpsGetsASecureSessionCookieAndHsts() throws Exception {
		HttpResponse<String> page = http.send(request("/login").header("X-Forwarded-Proto", "https").build(),
				HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(sessionCookie(page)).contains("Secure").contains("HttpOnly");
		assertThat(page.headers().firstValue("Strict-Transport-Security").orElse("")).contains("max-age=");

		HttpResponse<String> api = http.send(request("/api/v1/me").header("X-Forwarded-Proto", "https").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(api.headers().firstValue("Strict-Transport-Security")).as("the API too").isPresent();
	}

	@Test
	void aPlainHttpRequestGetsNeither() throws Exception {
		HttpResponse<String> page = http.send(request("/login").build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(sessionCookie(page)).doesNotContain("Secure");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
	}

	private static String sessionCookie(HttpResponse<?> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter(cookie -> cookie.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no session cookie in " + cookies));
	}
}
