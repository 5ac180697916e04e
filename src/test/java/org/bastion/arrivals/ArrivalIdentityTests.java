package org.bastion.arrivals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.arrivals.ArrivalTestSupport.OTHER_TOWNSHIP;
import static org.bastion.arrivals.ArrivalTestSupport.arrival;
import static org.bastion.arrivals.ArrivalTestSupport.quietDay;
import static org.bastion.arrivals.ArrivalTestSupport.train;
import static org.bastion.arrivals.ArrivalTestSupport.uniqueId;
import static org.bastion.arrivals.ArrivalTestSupport.uniqueName;
import static org.bastion.arrivals.ArrivalTestSupport.uniquePhone;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.PageSession;
import org.bastion.arrivals.ArrivalTestSupport.Reply;
import org.bastion.shared.Masking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * An ID number typed with another person's name: the arrival is refused until the worker says which is
 * right, on the API and on the page; the number looked up as it is typed tells who holds it, within the
 * worker's area only; and a refused page shows every mistake at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArrivalIdentityTests {

	@LocalServerPort
	int port;

	ArrivalTestSupport api;

	String grid;

	String holderId;

	String holderName;

	String holderPhone;

	@BeforeEach
	void aPersonOfTheGrid() {
		api = new ArrivalTestSupport(port);
		grid = ArrivalTestSupport.areaOf(api, "demo-grid");
		holderId = uniqueId();
		holderName = uniqueName("付");
		holderPhone = uniquePhone();
		Reply person = api.post("demo-grid", "/api/v1/people",
				Map.of("idNumber", holderId, "name", holderName, "phone", holderPhone, "jurisdictionCode", grid));
		assertThat(person.status()).isEqualTo(201);
	}

	@Test
	void theApiRefusesAnIdNumberOfAnotherNameUntilTheExistingPersonIsChosen() {
		LocalDate day = quietDay();
		Map<String, Object> body = arrival(holderId, uniqueName("王"), grid, "510100", day, train("G8"));

		Reply refused = api.post("demo-grid", "/api/v1/arrivals", body);
		assertThat(refused.status()).isEqualTo(400);
		List<JsonNode> violations = refused.json().path("violations").valueStream().toList();
		assertThat(violations).extracting(v -> v.path("field").asString())
			.contains("person.idNumber", "person.name");
		assertThat(violations).filteredOn(v -> v.path("field").asString().equals("person.idNumber"))
			.singleElement()
			.satisfies(v -> {
				assertThat(v.path("rule").asString()).isEqualTo("nameDiffers");
				assertThat(v.path("message").asString()).contains(holderName, Masking.idNumber(holderId))
					.doesNotContain(holderId);
			});

		body.put("personChoice", "EXISTING");
		Reply registered = api.post("demo-grid", "/api/v1/arrivals", body);
		// 201, not 200 with existing: true: the refused request stored nothing.
		assertThat(registered.status()).isEqualTo(201);
		assertThat(registered.json().path("existing").asBoolean()).isFalse();
		assertThat(registered.json().path("person").path("name").asString()).isEqualTo(holderName);
		assertThat(registered.json().path("person").path("idNumber").asString()).isEqualTo(holderId);
	}

	@Test
	void theSameNameOrANumberHeldElsewhereGoesThroughAsBefore() {
		Map<String, Object> body = arrival(holderId, " " + holderName + " ", grid, "510100", quietDay(), train("G9"));
		assertThat(api.post("demo-grid", "/api/v1/arrivals", body).status()).isEqualTo(201);

		// Outside the worker's area nothing about the holder is said, not even that the name differs.
		String outsiderId = uniqueId();
		assertThat(api.post("demo-county", "/api/v1/people", Map.of("idNumber", outsiderId, "name", uniqueName("藏"),
				"jurisdictionCode", OTHER_TOWNSHIP)).status()).isEqualTo(201);
		Reply elsewhere = api.post("demo-grid", "/api/v1/arrivals",
				arrival(outsiderId, uniqueName("自"), grid, "510100", quietDay(), train("G10")));
		assertThat(elsewhere.status()).isEqualTo(201);
	}

	@Test
	void thePageStopsAndAsksThenRegistersForTheChosenPerson() throws Exception {
		PageSession session = PageSession.signIn(port, "demo-grid");
		String form = session.get("/arrivals/new").body();
		assertThat(form).contains("data-lookup=\"/people/lookup\"", "/js/forms-", "name=\"personChoice\"");
		Map<String, String> fields = pageFields(form, "王" + holderName.substring(1));

		var refused = session.post("/arrivals", fields, form);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"lookup-differs\"", "id=\"choose-existing\"", "id=\"choose-correct\"",
				holderName, Masking.idNumber(holderId), "id=\"idNumber-error\"", "id=\"name-error\"", "id=\"form-errors\"")
			.doesNotContain(holderPhone);

		fields.put("personChoice", "EXISTING");
		var registered = session.post("/arrivals", fields, refused.body());
		assertThat(registered.statusCode()).isEqualTo(302);
		String page = session.get(URI.create(registered.headers().firstValue("Location").orElseThrow()).getPath()).body();
		assertThat(page).contains(holderName);
	}

	@Test
	void theLookupTellsWhoHoldsTheNumberWithinTheArea() throws Exception {
		PageSession session = PageSession.signIn(port, "demo-grid");
		String known = session.fragment("/people/lookup?idNumber=" + holderId).body();
		assertThat(known).doesNotContain("<html")
			.contains("id=\"lookup-known\"", "data-fill-name=\"" + holderName + "\"", "data-fill-phone=\"" + holderPhone + "\"",
					Masking.idNumber(holderId));
		String differs = session.fragment("/people/lookup?idNumber=" + holderId + "&name=" + PageSession.enc("王小二"))
			.body();
		assertThat(differs).contains("id=\"lookup-differs\"", holderName, "王小二");
		// A read of personal data like any other: audited against the person.
		JsonNode views = api.get("demo-admin", "/api/v1/audit?action=VIEW&user=demo-grid&limit=50").json();
		assertThat(views.path("items").valueStream().map(JsonNode::toString).toList())
			.anySatisfy(entry -> assertThat(entry).contains("idNumber.lookup"))
			.anySatisfy(entry -> assertThat(entry).contains("idNumber.nameDiffers"));
		String onThePersonForm = session.fragment("/people/lookup?purpose=person&idNumber=" + holderId).body();
		assertThat(onThePersonForm).contains("id=\"lookup-registered\"").doesNotContain("data-fill-phone");
		assertThat(session.fragment("/people/lookup?idNumber=" + uniqueId()).body()).doesNotContain("<p", "<div class=\"alert");
		assertThat(session.fragment("/people/lookup?idNumber=1101").body()).doesNotContain("<p", "<div class=\"alert");

		String outsiderId = uniqueId();
		String outsiderName = uniqueName("藏");
		String outsiderPhone = uniquePhone();
		assertThat(api.post("demo-county", "/api/v1/people", Map.of("idNumber", outsiderId, "name", outsiderName,
				"phone", outsiderPhone, "jurisdictionCode", OTHER_TOWNSHIP)).status()).isEqualTo(201);
		String elsewhere = session.fragment("/people/lookup?idNumber=" + outsiderId + "&name=" + PageSession.enc("王小二"))
			.body();
		assertThat(elsewhere).contains("id=\"lookup-elsewhere\"", "已在其他地区登记")
			.doesNotContain(outsiderName, outsiderPhone, Masking.idNumber(outsiderId), "lookup-differs");
	}

	@Test
	void aRefusedPageShowsEveryMistakeAtOnce() throws Exception {
		PageSession session = PageSession.signIn(port, "demo-grid");
		String form = session.get("/arrivals/new").body();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("clientId", PageSession.field(form, "clientId"));
		fields.put("jurisdictionCode", grid);
		fields.put("name", "");
		fields.put("idNumber", "11010519900101123");
		fields.put("originCode", "999999");
		fields.put("arrivalDate", today.plusDays(3).toString());
		fields.put("departureDate", "not a date");
		fields.put("transportMode", "CAR");
		fields.put("plate", "川Q1");
		fields.put("temperature", "50");
		var refused = session.post("/arrivals", fields, form);
		assertThat(refused.statusCode()).isEqualTo(200);
		// The form's own mistake (the date that is no date) and the service's, in one answer.
		assertThat(refused.body()).contains("id=\"form-errors\"", "id=\"name-error\"", "id=\"idNumber-error\"",
				"id=\"originCode-error\"", "id=\"arrivalDate-error\"", "id=\"departureDate-error\"", "id=\"plate-error\"",
				"id=\"temperature-error\"", "从列表中选择来源地", "有 7 处需要改正");
		assertThat(refused.body()).doesNotContain("来源地代码不在全国区划中");
	}

	private Map<String, String> pageFields(String form, String name) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("clientId", PageSession.field(form, "clientId"));
		fields.put("jurisdictionCode", grid);
		fields.put("name", name);
		fields.put("idNumber", holderId);
		fields.put("originCode", "510100");
		fields.put("arrivalDate", quietDay().toString());
		fields.put("transportMode", "TRAIN");
		fields.put("transportNumber", "G11");
		fields.put("temperature", "36.6");
		return fields;
	}
}
