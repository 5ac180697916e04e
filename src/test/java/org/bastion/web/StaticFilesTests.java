package org.bastion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Styles and scripts under hashed URLs, kept a year; pages and files compressed on the way. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaticFilesTests {

	private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");

	private static final Pattern HASHED = Pattern.compile(".*-[0-9a-f]{32}\\.(?:css|js)");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void thePageLinksItsStylesAndHtmxByContentHashAndTheyAreKeptForAYear() throws Exception {
		String page = PageSession.signIn(port, "demo-grid").get("/observations/today").body();
		List<String> linked = linked(page);
		assertThat(linked).anyMatch(url -> url.startsWith("/css/bastion-"))
			.anyMatch(url -> url.startsWith("/webjars/htmx.org/") && url.contains("/dist/htmx.min-"))
			.allMatch(url -> HASHED.matcher(url).matches());
		for (String url : linked) {
			HttpResponse<byte[]> file = get(url, "gzip");
			assertThat(file.statusCode()).as(url).isEqualTo(200);
			assertThat(file.headers().firstValue("Cache-Control").orElse(""))
				.as("Cache-Control of %s", url)
				.contains("max-age=31536000")
				.contains("immutable")
				.doesNotContain("no-store")
				.doesNotContain("no-cache");
			assertThat(file.headers().firstValue("Pragma")).as("Pragma of %s", url).isEmpty();
		}
	}

	@Test
	void htmxAndTheStylesAreSentCompressed() throws Exception {
		String page = PageSession.anonymous(port).get("/login").body();
		for (String url : linked(page)) {
			HttpResponse<byte[]> plain = get(url, "identity");
			HttpResponse<byte[]> zipped = get(url, "gzip");
			assertThat(zipped.headers().firstValue("Content-Encoding")).as(url).hasValue("gzip");
			assertThat(zipped.body().length).as("gzipped %s against its %d bytes", url, plain.body().length)
				.isLessThan(plain.body().length / 2);
		}
	}

	@Test
	void aPageIsSentCompressed() throws Exception {
		HttpResponse<byte[]> login = get("/login", "gzip");
		assertThat(login.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(login.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
	}

	private HttpResponse<byte[]> get(String path, String encoding) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept-Encoding", encoding)
			.header("Accept", "text/html,*/*")
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static List<String> linked(String page) {
		List<String> urls = new ArrayList<>();
		Matcher m = LINKED.matcher(page);
		while (m.find()) {
			urls.add(m.group(1));
		}
		assertThat(urls).isNotEmpty();
		return urls;
	}
}
