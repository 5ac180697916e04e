package org.bastion.web;

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

/**
 * A browser as far as error pages care: it keeps its session and, unlike PageSession, asks for HTML
 * as browsers do, since the container's error dispatch answers other clients with JSON.
 */
final class HtmlBrowser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private HtmlBrowser(int port) {
		this.base = "http://localhost:" + port;
	}

	static HtmlBrowser signIn(int port, String username) throws IOException, InterruptedException {
		HtmlBrowser browser = new HtmlBrowser(port);
		var answer = browser.post("/login", Map.of("username", username, "password", ApiClient.PASSWORD), "/login");
		assertThat(answer.statusCode()).as("signing in as %s", username).isEqualTo(302);
		return browser;
	}

	/** A GET of the path exactly as given: percent signs are sent as they are. */
	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Posts a form with the CSRF token of {@code formPage}: a path to fetch, or the page's HTML. */
	HttpResponse<String> post(String path, Map<String, String> fields, String formPage)
			throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(formPage.startsWith("/") ? get(formPage).body() : formPage);
		assertThat(token.find()).as("a CSRF token on the form").isTrue();
		String body = fields.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&")) + "&_csrf=" + enc(token.group(1));
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
