package org.bastion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript, for page tests over HTTP: keeps the session cookie, signs in with the
 * form, and sends the CSRF token of the page a form came from. Redirects are not followed, so a test
 * sees the 302 a form answers with. Like a browser it asks for HTML: the container's error dispatch
 * answers other clients with JSON.
 */
public final class PageSession {

	private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private PageSession(int port) {
		this.base = "http://localhost:" + port;
	}

	/** A session that has not signed in: the public pages, and the sign-in form itself. */
	public static PageSession anonymous(int port) {
		return new PageSession(port);
	}

	/** Signs in as a demo account through the sign-in form. */
	public static PageSession signIn(int port, String username) throws IOException, InterruptedException {
		PageSession session = new PageSession(port);
		var answer = session.post("/login", Map.of("username", username, "password", ApiClient.PASSWORD), "/login");
		assertThat(answer.statusCode()).as("signing in as %s", username).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return session;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", HTML).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** A GET as htmx sends it, answered with a fragment rather than a whole page. */
	public HttpResponse<String> fragment(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("HX-Request", "true").GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	/** Posts a form as the page at {@code formPage} (a path, or the page's HTML) would. */
	public HttpResponse<String> post(String path, Map<String, String> fields, String formPage)
			throws IOException, InterruptedException {
		return send(path, fields, formPage, false);
	}

	/** Posts a form as htmx does from the page at {@code formPage}, for a fragment in answer. */
	public HttpResponse<String> postFragment(String path, Map<String, String> fields, String formPage)
			throws IOException, InterruptedException {
		return send(path, fields, formPage, true);
	}

	private HttpResponse<String> send(String path, Map<String, String> fields, String formPage, boolean htmx)
			throws IOException, InterruptedException {
		String html = formPage.startsWith("/") ? get(formPage).body() : formPage;
		String body = fields.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&")) + "&_csrf=" + enc(csrf(html));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", HTML)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** Uploads a file as the form on the page at {@code path} would, in its {@code file} field. */
	public HttpResponse<String> upload(String path, String fileName, byte[] content)
			throws IOException, InterruptedException {
		String token = csrf(get(path).body());
		String boundary = "----bastion" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/**
	 * Posts a multipart form as the page at {@code formPage} would: its text {@code fields} and the files picked
	 * in its {@code fileField}, by name.
	 */
	public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField,
			Map<String, byte[]> files, String formPage) throws IOException, InterruptedException {
		String token = csrf(formPage.startsWith("/") ? get(formPage).body() : formPage);
		String boundary = "----bastion" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		Map<String, String> all = new java.util.LinkedHashMap<>(fields);
		all.put("_csrf", token);
		all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		files.forEach((name, content) -> {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
					+ name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		});
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", HTML)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** The value of the input named {@code name} on a page. */
	public static String field(String html, String name) {
		Matcher m = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(html);
		if (m.find()) {
			return m.group(1);
		}
		Matcher reversed = Pattern.compile("value=\"([^\"]*)\"[^>]*name=\"" + name + "\"").matcher(html);
		assertThat(reversed.find()).as("field %s", name).isTrue();
		return reversed.group(1);
	}

	public static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		assertThat(m.find()).as("a CSRF token on the page").isTrue();
		return m.group(1);
	}
}
