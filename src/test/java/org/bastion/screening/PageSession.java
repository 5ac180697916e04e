package org.bastion.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bastion.ApiClient;

/** A browser without JavaScript: a session cookie, form login, and the page's CSRF token on each post. */
final class PageSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private PageSession(int port) {
		this.base = "http://localhost:" + port;
	}

	static PageSession signIn(int port, String username) throws IOException, InterruptedException {
		PageSession session = new PageSession(port);
		var login = session.get("/login");
		var answer = session.post("/login", Map.of("username", username, "password", ApiClient.PASSWORD), login.body());
		assertThat(answer.statusCode()).isEqualTo(302);
		return session;
	}

	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	HttpResponse<String> post(String path, Map<String, String> fields, String formPage)
			throws IOException, InterruptedException {
		Matcher m = CSRF.matcher(formPage);
		assertThat(m.find()).as("a CSRF token on the page").isTrue();
		String body = fields.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&")) + "&_csrf=" + enc(m.group(1));
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** The value of the input named {@code name} on a page. */
	static String field(String html, String name) {
		Matcher m = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
		if (m.find()) {
			return m.group(1);
		}
		Matcher reversed = Pattern.compile("value=\"([^\"]*)\"[^>]*name=\"" + name + "\"").matcher(html);
		assertThat(reversed.find()).as("field %s", name).isTrue();
		return reversed.group(1);
	}

	static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
