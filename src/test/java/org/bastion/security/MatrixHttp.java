package org.bastion.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.bastion.ApiClient;
import org.bastion.PageSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One signed-in user of the matrix, on both doors: a bearer token for the API and a form sign-in
 * session for the pages. Answers are read whole, and workbooks unpacked, so that a leak in any
 * format is found by searching text.
 */
final class MatrixHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** An answer with its body as text, whatever the format (a workbook's sheets, a CSV in GBK too). */
	record Answer(int status, String contentType, String location, String text) {

		JsonNode json() {
			return JSON.readTree(text);
		}
	}

	private final String base;

	private final String token;

	private final PageSession pages;

	private final String csrfPage;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private MatrixHttp(int port, String token, PageSession pages) throws IOException, InterruptedException {
		this.base = "http://localhost:" + port;
		this.token = token;
		this.pages = pages;
		// Any page carries the token (the sign-out form); not the home page, which sends leaders to their dashboard.
		this.csrfPage = pages == null ? null : pages.get("/alerts").body();
	}

	static MatrixHttp signIn(int port, String username) {
		try {
			return new MatrixHttp(port, ApiClient.token(port, username), PageSession.signIn(port, username));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static MatrixHttp anonymous(int port) {
		try {
			return new MatrixHttp(port, null, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** An API call; {@code body} is JSON text or null. */
	Answer api(String method, String path, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "application/json, application/problem+json, */*");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		}
		return send(request.build());
	}

	/** A multipart upload to the API, the body written by the caller. */
	Answer multipart(String path, String boundary, String body) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build());
	}

	/** A page GET as the browser sends it, in the signed-in session (or none). */
	Answer page(String path) {
		if (pages == null) {
			return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
		}
		try {
			HttpResponse<byte[]> response = pages.getBytes(path);
			return answer(response);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A form posted from a page of the session, with its CSRF token. */
	Answer form(String path, Map<String, String> fields) {
		if (pages == null) {
			String body = fields.entrySet()
				.stream()
				.map(e -> PageSession.enc(e.getKey()) + "=" + PageSession.enc(e.getValue()))
				.reduce((a, b) -> a + "&" + b)
				.orElse("");
			return send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build());
		}
		try {
			HttpResponse<String> response = pages.post(path, new LinkedHashMap<>(fields), csrfPage);
			String location = response.headers().firstValue("Location").orElse(null);
			String text = response.body();
			if (response.statusCode() == 302 && location != null && !location.contains("/login")) {
				// A page answers a form with a redirect either way; the page it leads to says what happened.
				text = pages.get(location.startsWith("http") ? URI.create(location).getRawPath() : location).body();
			}
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), location,
					text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private Answer send(HttpRequest request) {
		try {
			return answer(http.send(request, HttpResponse.BodyHandlers.ofByteArray()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Answer answer(HttpResponse<byte[]> response) {
		String type = response.headers().firstValue("Content-Type").orElse("");
		return new Answer(response.statusCode(), type, response.headers().firstValue("Location").orElse(null),
				text(response.body(), type));
	}

	/** The text a reader of the answer would see: a workbook's parts unpacked, a CSV read as UTF-8 and GBK. */
	static String text(byte[] body, String type) {
		if (body.length > 1 && body[0] == 'P' && body[1] == 'K') {
			// Workbooks are written as a stream, with sizes after the data, which ZipInputStream cannot read.
			StringBuilder text = new StringBuilder();
			try {
				Path file = Files.createTempFile("matrix", ".zip");
				try {
					Files.write(file, body);
					try (ZipFile zip = new ZipFile(file.toFile())) {
						for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
							text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8))
								.append('\n');
						}
					}
				}
				finally {
					Files.delete(file);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return text.toString();
		}
		String utf8 = new String(body, StandardCharsets.UTF_8);
		if (type.contains("csv")) {
			return utf8 + "\n" + new String(body, Charset.forName("GBK"));
		}
		return utf8;
	}
}
