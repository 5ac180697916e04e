package org.bastion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.bastion.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record that is not there is named in the caller's language ("找不到该病例", not "找不到该entity.case"),
 * for every kind of record the API reads by id, in all three languages: no answer carries a raw key
 * or an unfilled {@code {0}}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnresolvedMessagesTests {

	private static final String MISSING = "987654321";

	private static final List<String> BY_ID = List.of("/api/v1/people/", "/api/v1/households/", "/api/v1/arrivals/",
			"/api/v1/pushed-lists/", "/api/v1/screening-rounds/", "/api/v1/list-entries/", "/api/v1/risk-areas/",
			"/api/v1/visits/", "/api/v1/jurisdictions/", "/api/v1/isolation-sites/", "/api/v1/isolation-sites/stays/",
			"/api/v1/observations/", "/api/v1/cases/", "/api/v1/checkin-units/", "/api/v1/people/" + MISSING
					+ "/health-timeline");

	/** A message key as the bundles spell them: words joined by dots, such as entity.case or error.notFound. */
	private static final Pattern KEY = Pattern.compile("\\b[a-z][A-Za-z-]*\\.[a-z][A-Za-z.-]*\\b");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Test
	void aMissingRecordIsNamedInEveryLanguage() {
		RestClient api = ApiClient.signedIn(port, "demo-county");
		for (String language : List.of("zh-CN", "zh-TW", "en")) {
			for (String path : BY_ID) {
				String uri = path.endsWith("/") ? path + MISSING : path;
				ResponseEntity<String> answer = api.get().uri(uri).header("Accept-Language", language).retrieve()
					.toEntity(String.class);
				String detail = JSON.readTree(answer.getBody()).path("detail").asString();

				assertThat(answer.getStatusCode().value()).as("%s in %s", uri, language).isEqualTo(404);
				assertThat(detail).as("%s in %s", uri, language)
					.isNotBlank()
					.doesNotContain("{")
					.doesNotContain("entity")
					.doesNotContainPattern(KEY);
			}
		}
	}

	@Test
	void theMissingRecordIsNamedWithItsWord() {
		RestClient api = ApiClient.signedIn(port, "demo-county");

		assertThat(detail(api, "/api/v1/cases/" + MISSING, "zh-CN")).isEqualTo("在您的辖区内找不到该病例。");
		assertThat(detail(api, "/api/v1/checkin-units/" + MISSING, "zh-TW")).contains("打卡單位");
		assertThat(detail(api, "/api/v1/cases/" + MISSING, "en")).isEqualTo("No such case in your area.");
	}

	private static String detail(RestClient api, String uri, String language) {
		return JSON.readTree(api.get().uri(uri).header("Accept-Language", language).retrieve().body(String.class))
			.path("detail")
			.asString();
	}
}
