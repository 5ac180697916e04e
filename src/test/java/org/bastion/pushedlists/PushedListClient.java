package org.bastion.pushedlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.ApiClient;
import org.bastion.people.IdNumber;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Uploads lists, waits for their import and registers persons, for the pushed-list tests. */
public final class PushedListClient {

	private final int port;

	public PushedListClient(int port) {
		this.port = port;
	}

	public static byte[] sample(String name) throws IOException {
		return new ClassPathResource("samples/" + name).getContentAsByteArray();
	}

	public JsonNode uploadAndWait(String user, String fileName, byte[] content, String mapping) {
		ResponseEntity<JsonNode> accepted = upload(user, fileName, content, mapping);
		assertThat(accepted.getStatusCode().value()).as("%s", accepted.getBody()).isEqualTo(202);
		return waitFor(user, accepted.getBody().path("id").asLong());
	}

	/** The list once its import has ended, done or failed: the import runs on its own thread after the upload. */
	public JsonNode waitFor(String user, long id) {
		return await("the import of pushed list " + id + " ending").atMost(Duration.ofSeconds(60))
			.until(() -> get(user, "/api/v1/pushed-lists/" + id),
					list -> List.of("DONE", "FAILED").contains(list.path("status").asString()));
	}

	public ResponseEntity<JsonNode> upload(String user, String fileName, byte[] content, String mapping) {
		return post(user, parts(fileName, content, mapping));
	}

	public static MultiValueMap<String, Object> parts(String fileName, byte[] content, String mapping) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		parts.add("name", "测试名单 " + fileName);
		parts.add("deadline", LocalDate.now().plusDays(3).toString());
		if (mapping != null) {
			parts.add("mapping", mapping);
		}
		return parts;
	}

	public ResponseEntity<JsonNode> post(String user, MultiValueMap<String, Object> parts) {
		return client(user).post()
			.uri("/api/v1/pushed-lists")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.toEntity(JsonNode.class);
	}

	public JsonNode get(String user, String path) {
		return client(user).get().uri(path).retrieve().body(JsonNode.class);
	}

	/** The items of a list, which the API answers as {@code {items, nextCursor}}, never as a bare array. */
	public JsonNode items(String user, String path) {
		JsonNode list = get(user, path);
		assertThat(list.path("items").isArray()).as("%s answers {items, nextCursor}: %s", path, list).isTrue();
		assertThat(list.has("nextCursor")).as("%s names the next page", path).isTrue();
		return list.path("items");
	}

	public JsonNode me(String user) {
		return get(user, "/api/v1/me");
	}

	public long register(String idNumber, String name, String phone, String jurisdictionCode) {
		Map<String, Object> body = new java.util.HashMap<>();
		body.put("idNumber", idNumber);
		body.put("name", name);
		body.put("phone", phone);
		body.put("jurisdictionCode", jurisdictionCode);
		JsonNode person = client("demo-county").post()
			.uri("/api/v1/people")
			.contentType(MediaType.APPLICATION_JSON)
			.body(body)
			.retrieve()
			.body(JsonNode.class);
		assertThat(person.path("id").isMissingNode()).as("%s", person).isFalse();
		return person.path("id").asLong();
	}

	public RestClient client(String user) {
		return ApiClient.signedIn(port, user);
	}

	public static String uniqueId() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(20_000));
		return IdNumber.of("110105", birth, random.nextInt(1000)).value();
	}

	public static String uniquePhone() {
		return "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
	}

}
