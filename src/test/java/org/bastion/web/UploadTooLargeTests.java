package org.bastion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A file over the 200 MB the server takes at all is refused before any controller, on the API and on
 * a page alike: a 413 that names the file and the limit, never a 500 or an empty answer. The body is
 * generated while it is sent, so the test holds no 200 MB in memory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UploadTooLargeTests {

	private static final long OVER_THE_LIMIT = 200L * 1024 * 1024 + 1024;

	private static final String BOUNDARY = "----bastion-too-large";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void theApiAnswersAProblemNamingTheFileAndTheLimit() throws Exception {
		var answer = http.send(upload("/api/v1/jurisdictions/import", "")
			.header("Authorization", "Bearer " + ApiClient.token(port, "demo-county"))
			.header("Accept", "application/json, application/problem+json")
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(answer.body()).contains("\"field\":\"file\"")
			.contains("\"rule\":\"size\"")
			.contains("文件太大：上传的文件最大 200 MB。");
	}

	@Test
	void aPageAnswersTheErrorPageNamingTheFileAndTheLimit() throws Exception {
		String login = get("/login");
		var signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(
					"username=demo-county&password=" + ApiClient.PASSWORD + "&_csrf=" + csrf(login)))
			.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String csrfPart = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
				+ csrf(get("/jurisdictions/import")) + "\r\n";

		var answer = http.send(upload("/jurisdictions/import", csrfPart).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("<html").contains("id=\"error-message\">文件太大：上传的文件最大 200 MB。<");
	}

	/** A multipart POST whose {@code file} part is just over the server's limit. */
	private HttpRequest.Builder upload(String path, String before) {
		byte[] head = (before + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\""
				+ "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
		long length = head.length + OVER_THE_LIMIT + tail.length;
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
					() -> new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
							new Filler(OVER_THE_LIMIT), new ByteArrayInputStream(tail))))), length));
	}

	private String get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		assertThat(m.find()).as("a CSRF token on the page").isTrue();
		return m.group(1);
	}

	/** So many rows of CSV-looking bytes, made as they are read. */
	private static final class Filler extends InputStream {

		private long left;

		Filler(long size) {
			this.left = size;
		}

		@Override
		public int read() {
			if (left <= 0) {
				return -1;
			}
			left--;
			return 'a';
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (left <= 0) {
				return -1;
			}
			int n = (int) Math.min(length, left);
			Arrays.fill(buffer, offset, offset + n, (byte) 'a');
			left -= n;
			return n;
		}
	}
}
