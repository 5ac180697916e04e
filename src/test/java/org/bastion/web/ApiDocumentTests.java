package org.bastion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bastion.PageSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document the application serves holds the rules Redocly's recommended lint checks
 * ({@code bench/openapi/run.sh} runs the lint itself): every {@code /api/v1} operation that needs a token
 * declares the bearer scheme, every operation documents its problem answers, nothing reads ambiguously.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocumentTests {

	/** What a caller without a token may do: sign in. SecurityConfiguration opens nothing else under /api. */
	private static final Set<String> OPEN = Set.of("POST /api/v1/auth/token");

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

	@LocalServerPort
	int port;

	@Autowired
	BuildProperties build;

	private JsonNode document;

	@BeforeAll
	void fetch() throws Exception {
		HttpResponse<String> answer = PageSession.signIn(port, "demo-admin").get("/v3/api-docs");
		assertThat(answer.statusCode()).isEqualTo(200);
		document = JsonMapper.builder().build().readTree(answer.body());
	}

	@Test
	void theDocumentNamesTheApiItsBuildsVersionAndItsLicense() {
		JsonNode info = document.path("info");
		assertThat(info.path("title").asString()).isEqualTo("Bastion API");
		assertThat(info.path("version").asString()).isEqualTo(build.getVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
		assertThat(info.path("license").path("name").asString()).contains("Apache");
		assertThat(info.path("license").path("url").asString()).startsWith("https://");
		JsonNode bearer = document.path("components").path("securitySchemes").path(ApiDocument.BEARER);
		assertThat(bearer.path("type").asString()).isEqualTo("http");
		assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
	}

	@Test
	void everyOperationThatNeedsATokenDeclaresTheBearerSchemeAndSignInDoesNot() {
		List<String> operations = operations();
		assertThat(operations).contains("POST /api/v1/auth/token", "GET /api/v1/people/{id}");
		List<String> wrong = new ArrayList<>();
		for (String operation : operations) {
			JsonNode security = operation(operation).path("security");
			boolean bearer = security.valueStream().anyMatch(requirement -> requirement.has(ApiDocument.BEARER));
			if (bearer == OPEN.contains(operation) || !security.isArray()) {
				wrong.add(operation + " " + security);
			}
		}
		assertThat(wrong).as("operations whose security is missing or wrong").isEmpty();
	}

	@Test
	void everyOperationDocumentsItsProblemAnswersAsProblemDetails() {
		List<String> wrong = new ArrayList<>();
		for (String operation : operations()) {
			JsonNode op = operation(operation);
			Set<String> codes = new TreeSet<>(op.path("responses").propertyNames());
			Set<String> expected = new TreeSet<>(Set.of(OPEN.contains(operation) ? "429" : "403", "401"));
			if (operation.contains("{")) {
				expected.add("404");
			}
			if (op.has("requestBody") || !op.path("parameters").isEmpty()) {
				expected.add("400");
			}
			if (!codes.containsAll(expected) || codes.stream().noneMatch(code -> code.startsWith("2"))) {
				wrong.add(operation + " answers " + codes + ", expected also " + expected);
			}
			for (String code : codes) {
				String schema = op.path("responses").path(code).path("content").path("application/problem+json")
					.path("schema").path("$ref").asString();
				if (code.startsWith("4") && !schema.equals("#/components/schemas/" + ApiDocument.PROBLEM)) {
					wrong.add(operation + " " + code + " is not a problem detail: " + schema);
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(document.path("components").path("schemas").path(ApiDocument.PROBLEM).path("properties")
			.propertyNames()).contains("status", "detail", "violations");
	}

	@Test
	void everyOperationIsTaggedWithADescribedModule() {
		Set<String> described = new TreeSet<>();
		document.path("tags").forEach(tag -> {
			if (!tag.path("description").asString("").isBlank()) {
				described.add(tag.path("name").asString());
			}
		});
		assertThat(described).contains("Observation", "Pushed lists", "Security");
		List<String> wrong = new ArrayList<>();
		for (String operation : operations()) {
			JsonNode tags = operation(operation).path("tags");
			if (tags.size() != 1 || !described.contains(tags.get(0).asString())) {
				wrong.add(operation + " " + tags);
			}
		}
		assertThat(wrong).isEmpty();
	}

	/**
	 * A list answers {@code {items, nextCursor}} (shared.Slice), so that paging can come without breaking
	 * its callers: no operation answers a bare array.
	 */
	@Test
	void listsAnswerItemsNotBareArrays() {
		Set<String> bare = new TreeSet<>();
		for (String operation : operations()) {
			for (Map.Entry<String, JsonNode> response : operation(operation).path("responses").properties()) {
				if (response.getKey().startsWith("2") && response.getValue().path("content").valueStream()
					.anyMatch(media -> media.path("schema").path("type").asString("").equals("array"))) {
					bare.add(operation);
				}
			}
		}
		assertThat(bare).as("operations answering a bare array").isEmpty();
		assertThat(operations()).contains("GET /api/v1/list-entries", "GET /api/v1/observations/mine",
				"GET /api/v1/pushed-lists/{id}/entries");
		JsonNode entries = operation("GET /api/v1/pushed-lists/{id}/entries").path("responses").path("200")
			.path("content").valueStream().findFirst().orElseThrow().path("schema");
		assertThat(schema(entries).path("properties").propertyNames()).contains("items", "nextCursor");
	}

	/** The schema itself, or the one a {@code $ref} names. */
	private JsonNode schema(JsonNode schema) {
		String ref = schema.path("$ref").asString("");
		return ref.isEmpty() ? schema
				: document.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
	}

	/** Redocly's no-ambiguous-paths: as many variables in other places, the literals otherwise equal. */
	@Test
	void noTwoPathsReadAlike() {
		List<String> paths = new ArrayList<>(document.path("paths").propertyNames());
		List<String> ambiguous = new ArrayList<>();
		for (int i = 0; i < paths.size(); i++) {
			for (int j = i + 1; j < paths.size(); j++) {
				if (ambiguous(paths.get(i), paths.get(j))) {
					ambiguous.add(paths.get(i) + " ~ " + paths.get(j));
				}
			}
		}
		assertThat(ambiguous).isEmpty();
		assertThat(ambiguous("/a/{id}/b", "/a/b/{id}")).isTrue();
		assertThat(ambiguous("/a/{id}", "/a/b")).isFalse();
	}

	private static boolean ambiguous(String a, String b) {
		String[] left = a.split("/");
		String[] right = b.split("/");
		if (left.length != right.length) {
			return false;
		}
		int leftVariables = 0;
		int rightVariables = 0;
		for (int i = 0; i < left.length; i++) {
			boolean leftVariable = left[i].startsWith("{");
			boolean rightVariable = right[i].startsWith("{");
			if (leftVariable || rightVariable) {
				leftVariables += leftVariable ? 1 : 0;
				rightVariables += rightVariable ? 1 : 0;
			}
			else if (!left[i].equals(right[i])) {
				return false;
			}
		}
		return leftVariables == rightVariables;
	}

	private List<String> operations() {
		List<String> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
			if (!path.getKey().startsWith("/api/v1/")) {
				continue;
			}
			for (String method : path.getValue().propertyNames()) {
				if (METHODS.contains(method)) {
					operations.add(method.toUpperCase() + " " + path.getKey());
				}
			}
		}
		return operations;
	}

	private JsonNode operation(String operation) {
		int space = operation.indexOf(' ');
		return document.path("paths").path(operation.substring(space + 1)).path(operation.substring(0, space).toLowerCase());
	}
}
