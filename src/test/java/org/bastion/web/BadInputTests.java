package org.bastion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.bastion.ApiClient;
import org.bastion.PageSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input no rule of ours expects, sent as a probe or a broken client would: undecodable percent-encoding
 * in a query or a path, a NUL in a JSON text or a form field. Each is a 400 that says what is wrong,
 * on the API as a problem and on a page as the error page, and leaves no stack trace in the log.
 * Runs on H2 and PostgreSQL (PostgreSQL is where a NUL used to reach the database and come back a 409).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class BadInputTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private ResponseEntity<String> apiGet(RestClient api, String rawPathAndQuery) {
		// A URI made as given: the client must not re-encode the probe's percent signs.
		return api.get().uri(URI.create("http://localhost:" + port + rawPathAndQuery)).retrieve().toEntity(String.class);
	}

	@Test
	void anUndecodableQueryIsABadRequestOnTheApi(CapturedOutput output) {
		ResponseEntity<String> answer = apiGet(ApiClient.signedIn(port, "demo-county"), "/api/v1/people?q=%FF");

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(answer.getBody());
		assertThat(problem.path("status").asInt()).isEqualTo(400);
		assertThat(problem.path("detail").asString()).contains("百分号编码");
		assertThat(output.getAll()).doesNotContain("InvalidParameterException").doesNotContain("\tat org.");
	}

	@Test
	void anUndecodableQueryIsTheErrorPageOnAPage(CapturedOutput output) throws Exception {
		var page = PageSession.signIn(port, "demo-county").get("/people?q=%FF");

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("id=\"error-message\"").contains("百分号编码");
		assertThat(output.getAll()).doesNotContain("InvalidParameterException").doesNotContain("\tat org.");
	}

	@Test
	void anUndecodablePathIsABadRequestWithoutATrace(CapturedOutput output) throws Exception {
		ResponseEntity<String> api = apiGet(ApiClient.signedIn(port, "demo-county"), "/api/v1/people/%FF");
		var page = PageSession.signIn(port, "demo-county").get("/people/%FF");

		assertThat(api.getStatusCode().value()).isEqualTo(400);
		assertThat(api.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(JSON.readTree(api.getBody()).path("detail").asString()).isEqualTo("请求有误。");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("id=\"error-message\">请求有误。<").doesNotContain("Tomcat");
		assertThat(api.getBody() + page.body()).doesNotContain("Exception").doesNotContain("at org.");
		assertThat(output.getAll()).doesNotContain("\tat org.");
	}

	@Test
	void aNulInAJsonTextIsRefusedNamingTheField() {
		ResponseEntity<String> answer = ApiClient.signedIn(port, "demo-county")
			.post()
			.uri("/api/v1/people")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "张\u0000三", "jurisdictionCode", "511528103"))
			.retrieve()
			.toEntity(String.class);

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		JsonNode violation = JSON.readTree(answer.getBody()).path("violations").path(0);
		assertThat(violation.path("field").asString()).isEqualTo("name");
		assertThat(violation.path("rule").asString()).isEqualTo("controlCharacter");
		assertThat(violation.path("message").asString()).contains("name").contains("控制字符");
	}

	@Test
	void aNulInAJsonTextIsRefusedInTheCallersLanguage() {
		ResponseEntity<String> answer = ApiClient.signedIn(port, "demo-county")
			.post()
			.uri("/api/v1/people")
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "Zhang", "address", "1 Road\u0000", "jurisdictionCode", "511528103"))
			.retrieve()
			.toEntity(String.class);

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(JSON.readTree(answer.getBody()).path("violations").path(0).path("message").asString())
			.isEqualTo("The field address cannot contain control characters (such as NUL); please remove them and try again.");
	}

	@Test
	void aNulInAQueryParameterIsRefusedNamingIt() {
		ResponseEntity<String> answer = apiGet(ApiClient.signedIn(port, "demo-county"), "/api/v1/people?q=%E5%BC%A0%00");

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		JsonNode violation = JSON.readTree(answer.getBody()).path("violations").path(0);
		assertThat(violation.path("field").asString()).isEqualTo("q");
		assertThat(violation.path("rule").asString()).isEqualTo("controlCharacter");
	}

	@Test
	void aNulInAFormFieldIsTheErrorPageNamingTheField() throws Exception {
		PageSession browser = PageSession.signIn(port, "demo-county");
		var answer = browser.post("/people", Map.of("name", "张\u0000三", "jurisdictionCode", "511528103"), "/people/new");

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.body()).contains("id=\"error-message\"").contains("name").contains("控制字符");
	}

	@Test
	void aNulInAnUploadsTextFieldIsRefusedNamingTheField() {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource("身份证号,姓名\n".getBytes(StandardCharsets.UTF_8)) {

			@Override
			public String getFilename() {
				return "list.csv";
			}
		});
		form.add("name", "名单\u0000");
		ResponseEntity<String> answer = ApiClient.signedIn(port, "demo-county")
			.post()
			.uri("/api/v1/pushed-lists")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.retrieve()
			.toEntity(String.class);

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		JsonNode violation = JSON.readTree(answer.getBody()).path("violations").path(0);
		assertThat(violation.path("field").asString()).isEqualTo("name");
		assertThat(violation.path("rule").asString()).isEqualTo("controlCharacter");
	}

	@Test
	void tabsAndLineBreaksAreText() {
		ResponseEntity<String> answer = apiGet(ApiClient.signedIn(port, "demo-county"), "/api/v1/people?q=%E5%BC%A0%09");

		assertThat(answer.getStatusCode().value()).isEqualTo(200);
	}
}
