package org.bastion.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.bastion.ApiClient;
import org.bastion.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The person picker's choices: found by name or number within the viewer's area, masked, and the forms using it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PersonPickerTests {

	private static final String VILLAGE = "511528103201";

	@LocalServerPort
	int port;

	@Test
	void aNameTypedOffersThePersonsOfTheAreaMasked() throws Exception {
		String name = "选" + UUID.randomUUID().toString().substring(0, 4);
		String idNumber = PeopleApiTests.uniqueId();
		long id = register(name, idNumber);

		PageSession township = PageSession.signIn(port, "demo-township");
		String found = township.fragment("/people/choices?q=" + PageSession.enc(name)).body();
		String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
		assertThat(found).contains("data-code=\"" + id + "\"").contains(name + " · " + masked)
			.doesNotContain(idNumber);

		String byNumber = township.fragment("/people/choices?q=" + idNumber).body();
		assertThat(byNumber).contains("data-code=\"" + id + "\"");

		assertThat(township.fragment("/people/choices?q=1").body()).doesNotContain("data-code=").contains("至少4位");

		PageSession elsewhere = PageSession.signIn(port, "demo-grid");
		assertThat(elsewhere.fragment("/people/choices?q=" + PageSession.enc(name)).body()).doesNotContain("data-code=");
	}

	@Test
	void theOrderFormPicksThePersonByNameAndShowsMonitorsByName() throws Exception {
		PageSession township = PageSession.signIn(port, "demo-township");
		String form = township.get("/observations/new").body();
		assertThat(form).contains("id=\"personId-search\"").contains("data-choices=\"/people/choices\"")
			.doesNotContain("(demo-");
	}

	private long register(String name, String idNumber) {
		JsonNode person = ApiClient.signedIn(port, "demo-township").post().uri("/api/v1/people")
			.body(Map.of("idNumber", idNumber, "name", name, "jurisdictionCode", VILLAGE))
			.retrieve().body(JsonNode.class);
		return person.path("id").asLong();
	}
}
