package org.bastion.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.ApiClient;
import org.bastion.PageSession;
import org.bastion.pushedlists.PushedListClient;
import org.bastion.shared.Masking;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/**
 * ID numbers (first 6, last 4) and phones (3 + 4) are masked in every list and search result, for every
 * role, the API and the pages alike; the full value is on the person's page for the roles that read it
 * so, and that view is in the audit log.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MaskedListsTests {

	/** Every role that reads identifiers in full on a person's page; the masked roles are masked there too. */
	private static final List<String> FULL_READERS = List.of("demo-county", "demo-township", "demo-grid");

	@LocalServerPort
	int port;

	@Test
	void searchResultsAndHouseholdMembersAreMaskedForEveryRoleAndThePersonsPageIsFullAndAudited() throws Exception {
		PushedListClient api = new PushedListClient(port);
		String grid = api.me("demo-grid").path("jurisdictionCode").asString();
		String id = PushedListClient.uniqueId();
		String phone = PushedListClient.uniquePhone();
		String name = "掩码" + id.substring(12);
		long person = api.register(id, name, phone, grid);
		long household = ApiClient.signedIn(port, "demo-county").post().uri("/api/v1/households")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("jurisdictionCode", grid, "address", "掩码户" + id.substring(12), "headPersonId", person))
			.retrieve().body(JsonNode.class).path("id").asLong();

		for (String user : List.of("demo-county", "demo-township", "demo-grid", "demo-leader")) {
			RestClient client = ApiClient.signedIn(port, user);
			JsonNode found = client.get().uri("/api/v1/people?q={q}", id).retrieve().body(JsonNode.class).path("items");
			assertThat(found.findValuesAsString("idNumber")).as("%s searching", user).containsExactly(Masking.idNumber(id));
			assertThat(found.findValuesAsString("phone")).as("%s searching", user).containsExactly(Masking.phone(phone));
			JsonNode members = client.get().uri("/api/v1/households/{id}", household).retrieve().body(JsonNode.class)
				.path("members");
			assertThat(members.findValuesAsString("idNumber")).as("%s's household", user).containsExactly(Masking.idNumber(id));
			assertThat(members.findValuesAsString("phone")).as("%s's household", user).containsExactly(Masking.phone(phone));

			PageSession session = PageSession.signIn(port, user);
			// By name: a search by the number would find the number echoed in the search box.
			for (String page : List.of("/people?q=" + PageSession.enc(name), "/households/" + household)) {
				assertThat(session.get(page).body()).as("%s on %s", user, page)
					.contains(Masking.idNumber(id), Masking.phone(phone))
					.doesNotContain(id)
					.doesNotContain(phone);
			}
		}

		for (String user : FULL_READERS) {
			String page = PageSession.signIn(port, user).get("/people/" + person).body();
			assertThat(page).as("%s on the person's page", user).contains(id).contains("tel:" + phone);
		}
		String views = ApiClient.signedIn(port, "demo-admin").get().uri("/api/v1/audit?action=VIEW&limit=200")
			.retrieve().body(String.class);
		for (String user : FULL_READERS) {
			assertThat(views).as("%s's view of the person audited", user).contains("person:" + person).contains(user);
		}
		assertThat(PageSession.signIn(port, "demo-leader").get("/people/" + person).body())
			.contains(Masking.idNumber(id))
			.contains("id=\"person-reveal\"")
			.doesNotContain(id);
	}

	@Test
	void arrivalListsAndAGridWorkersEntriesToVerifyAreMaskedForRolesThatReadNumbersInFull() {
		PushedListClient api = new PushedListClient(port);
		String grid = api.me("demo-grid").path("jurisdictionCode").asString();
		String id = PushedListClient.uniqueId();
		String phone = PushedListClient.uniquePhone();
		String name = "掩码返乡" + id.substring(12);
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("idNumber", id);
		person.put("name", name);
		person.put("phone", phone);
		person.put("jurisdictionCode", grid);
		Map<String, Object> arrival = new LinkedHashMap<>();
		arrival.put("person", person);
		arrival.put("originCode", "510100");
		arrival.put("arrivalDate", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
		arrival.put("transport", Map.of("mode", "CAR", "plate", "川Q" + id.substring(12, 17)));
		arrival.put("temperature", 36.5);
		RestClient worker = ApiClient.signedIn(port, "demo-grid");
		JsonNode registered = worker.post().uri("/api/v1/arrivals").contentType(MediaType.APPLICATION_JSON).body(arrival)
			.retrieve().body(JsonNode.class);
		assertThat(registered.path("id").asLong()).as("%s", registered).isPositive();

		for (String user : List.of("demo-county", "demo-grid")) {
			JsonNode items = ApiClient.signedIn(port, user).get().uri("/api/v1/arrivals?jurisdiction={grid}&limit=100", grid)
				.retrieve().body(JsonNode.class).path("items");
			JsonNode listed = null;
			for (JsonNode item : items) {
				if (name.equals(item.path("person").path("name").asString())) {
					listed = item.path("person");
				}
			}
			assertThat(listed).as("%s's arrival list holds the arrival: %s", user, items).isNotNull();
			assertThat(listed.path("idNumber").asString()).isEqualTo(Masking.idNumber(id));
			assertThat(listed.path("phone").asString()).isEqualTo(Masking.phone(phone));
		}

		String listedId = PushedListClient.uniqueId();
		String listedPhone = PushedListClient.uniquePhone();
		String listedName = "掩码核查" + listedId.substring(12);
		api.register(listedId, listedName, null, grid);
		String csv = "姓名,身份证号,手机号,所属乡镇\n%s,%s,%s,\n".formatted(listedName, listedId, listedPhone);
		long list = api.uploadAndWait("demo-county", "masked.csv", csv.getBytes(StandardCharsets.UTF_8), null)
			.path("id").asLong();
		JsonNode entry = null;
		for (JsonNode e : api.items("demo-grid", "/api/v1/list-entries")) {
			if (listedName.equals(e.path("name").asString())) {
				entry = e;
			}
		}
		assertThat(entry).as("the entry on the grid worker's list").isNotNull();
		assertThat(entry.path("idNumber").asString()).isEqualTo(Masking.idNumber(listedId));
		assertThat(entry.path("phone").asString()).isEqualTo(Masking.phone(listedPhone));
		JsonNode ofList = api.items("demo-county", "/api/v1/pushed-lists/" + list + "/entries");
		assertThat(ofList.findValuesAsString("idNumber")).containsExactly(Masking.idNumber(listedId));
		assertThat(ofList.findValuesAsString("phone")).containsExactly(Masking.phone(listedPhone));
		// The entry's own page, where the grid worker calls the person, reads the number in full.
		JsonNode own = api.get("demo-grid", "/api/v1/list-entries/" + entry.path("id").asLong());
		assertThat(own.path("idNumber").asString()).isEqualTo(listedId);
		assertThat(own.path("phone").asString()).isEqualTo(listedPhone);
	}
}
