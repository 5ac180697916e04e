package org.bastion.arrivals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.arrivals.ArrivalTestSupport.car;
import static org.bastion.arrivals.ArrivalTestSupport.uniqueName;
import static org.bastion.arrivals.ArrivalTestSupport.uniquePhone;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bastion.PageSession;
import org.bastion.pushedlists.PushedListClient;
import org.bastion.rounds.RoundHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The two ways into the arrival form from the screening flows, over HTTP against the whole application:
 * a pushed-list entry verified as newly found, and a household visit where returnees were found. Each
 * test uploads its own list or opens its own round over the demo grid.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArrivalLinkTests extends RoundHttp {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Test
	void aNewlyFoundListEntryFillsTheFormAndShowsTheArrivalItLedTo() throws Exception {
		String idNumber = randomIdNumber();
		String name = uniqueName("链");
		String phone = uniquePhone();
		LocalDate arrived = LocalDate.now(ZONE).minusDays(3);
		String csv = """
				序号,姓名,性别,身份证号,联系电话,来源地,到达日期,交通方式,车牌/车次,现住址,所属乡镇,备注
				1,%s,男,%s,%s,湖北省武汉市洪山区张家湾街道,%s,自驾,鄂A12345,共乐镇某村1号,共乐镇,
				""".formatted(name, idNumber, phone, arrived);
		PushedListClient lists = new PushedListClient(port);
		JsonNode list = lists.uploadAndWait("demo-county", "links.csv", csv.getBytes(StandardCharsets.UTF_8), null);
		assertThat(list.path("status").asString()).as("%s", list).isEqualTo("DONE");
		JsonNode entries = lists.items("demo-township", "/api/v1/pushed-lists/" + list.path("id").asLong() + "/entries");
		long entry = entries.get(0).path("id").asLong();
		Reply verified = post("demo-township", "/api/v1/list-entries/" + entry + "/verification",
				Map.of("outcome", "NEWLY_FOUND", "route", "STAYED_IN_RISK_AREA"));
		assertThat(verified.status()).isEqualTo(200);

		PageSession township = PageSession.signIn(port, "demo-township");
		String entryPage = township.get("/verification/" + entry).body();
		assertThat(entryPage).contains("id=\"entry-register-arrival\"", "/arrivals/new?listEntryId=" + entry)
			.doesNotContain(idNumber + "&amp;");
		String form = township.get("/arrivals/new?listEntryId=" + entry).body();
		assertThat(form).contains("id=\"arrival-found-entry\"");
		assertThat(PageSession.field(form, "idNumber")).isEqualTo(idNumber);
		assertThat(PageSession.field(form, "name")).isEqualTo(name);
		assertThat(PageSession.field(form, "phone")).isEqualTo(phone);
		assertThat(PageSession.field(form, "originCode")).startsWith("420111");
		assertThat(PageSession.field(form, "originAddress")).isEqualTo("湖北省武汉市洪山区张家湾街道");
		assertThat(PageSession.field(form, "arrivalDate")).isEqualTo(arrived.toString());
		assertThat(PageSession.field(form, "jurisdictionCode")).isEqualTo("511528103");
		assertThat(PageSession.field(form, "listEntryId")).isEqualTo(String.valueOf(entry));

		Map<String, String> fields = new LinkedHashMap<>();
		for (String input : List.of("clientId", "listEntryId", "idNumber", "name", "phone", "jurisdictionCode",
				"originCode", "originAddress", "arrivalDate")) {
			fields.put(input, PageSession.field(form, input));
		}
		fields.put("transportMode", "CAR");
		fields.put("plate", "鄂A12345");
		var registered = township.post("/arrivals", fields, form);
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
		String arrivalPath = URI.create(registered.headers().firstValue("Location").orElseThrow()).getPath();
		long arrival = Long.parseLong(arrivalPath.substring(arrivalPath.lastIndexOf('/') + 1));

		assertThat(get("demo-township", "/api/v1/list-entries/" + entry).json().path("arrivalId").asLong())
			.isEqualTo(arrival);
		assertThat(township.get("/verification/" + entry).body()).contains("id=\"entry-arrival\"", arrivalPath)
			.doesNotContain("id=\"entry-register-arrival\"");
		JsonNode stored = get("demo-township", "/api/v1/arrivals/" + arrival).json();
		assertThat(stored.path("originCode").asString()).startsWith("420111");
	}

	@Test
	void aListEntryOutsideTheRegistrarsAreaIsRefusedByField() {
		Map<String, Object> body = arrival(randomIdNumber(), grid);
		body.put("listEntryId", Long.MAX_VALUE);
		Reply refused = post("demo-grid", "/api/v1/arrivals", body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("violations").findValuesAsString("field")).contains("listEntryId");
	}

	@Test
	void theReturneeIsPickedFromTheVisitedHouseholdsMembers() throws Exception {
		String idNumber = randomIdNumber();
		String name = "户员" + UUID.randomUUID().toString().substring(0, 4);
		Reply person = post("demo-county", "/api/v1/people",
				Map.of("idNumber", idNumber, "name", name, "phone", "13912340000", "jurisdictionCode", grid));
		assertThat(person.status()).as(person.json().toString()).isEqualTo(201);
		long personId = person.json().path("id").asLong();
		String address = "成员户" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(post("demo-county", "/api/v1/households",
				Map.of("jurisdictionCode", grid, "address", address, "headPersonId", personId)).status()).isEqualTo(201);
		long round = open(village, LocalDate.now().plusDays(3)).json().path("id").asLong();
		long visit = visitAt(allVisits("demo-county", round, null), address);

		PageSession worker = PageSession.signIn(port, "demo-grid");
		String opened = "/arrivals/new?roundId=" + round + "&visitId=" + visit + "&jurisdictionCode=" + grid;
		String form = worker.get(opened).body();
		assertThat(form).contains("id=\"arrival-member-" + personId + "\"").contains(">" + name + "</a>");
		assertThat(PageSession.field(form, "idNumber")).isEmpty();

		String picked = worker.get(opened + "&personId=" + personId).body();
		assertThat(PageSession.field(picked, "idNumber")).isEqualTo(idNumber);
		assertThat(PageSession.field(picked, "name")).isEqualTo(name);
		assertThat(PageSession.field(picked, "phone")).isEqualTo("13912340000");
		assertThat(PageSession.field(picked, "visitId")).isEqualTo(String.valueOf(visit));
	}

	@Test
	void returneesFoundAtAVisitMoveItOnAndCountThePersonsRegistered() throws Exception {
		String address = household(grid);
		String doneAddress = household(grid);
		String elsewhere = household(siblingGrid);
		long round = open(village, LocalDate.now().plusDays(3)).json().path("id").asLong();
		List<JsonNode> visits = allVisits("demo-county", round, null);
		long visit = visitAt(visits, address);
		long done = visitAt(visits, doneAddress);
		long other = visitAt(visits, elsewhere);

		PageSession worker = PageSession.signIn(port, "demo-grid");
		String card = worker.get("/rounds/" + round + "/visits").body();
		assertThat(card).contains("visit-" + visit + "-register");
		String form = worker.get("/arrivals/new?roundId=" + round + "&visitId=" + visit + "&jurisdictionCode=" + grid)
			.body();
		assertThat(form).contains("id=\"arrival-found-visit\"", address);
		assertThat(PageSession.field(form, "jurisdictionCode")).isEqualTo(grid);
		assertThat(PageSession.field(form, "visitId")).isEqualTo(String.valueOf(visit));
		assertThat(PageSession.field(form, "roundId")).isEqualTo(String.valueOf(round));

		Map<String, Object> first = arrival(randomIdNumber(), grid);
		first.put("roundId", round);
		first.put("visitId", visit);
		String clientId = UUID.randomUUID().toString();
		first.put("clientId", clientId);
		assertThat(post("demo-grid", "/api/v1/arrivals", first).status()).isEqualTo(201);
		JsonNode afterFirst = get("demo-grid", "/api/v1/visits/" + visit).json();
		assertThat(afterFirst.path("status").asString()).isEqualTo("VISITED_WITH_RETURNEES");
		assertThat(afterFirst.path("returnees").asInt()).isEqualTo(1);
		assertThat(afterFirst.path("attempts").asInt()).isEqualTo(1);
		assertThat(afterFirst.path("visitedBy").asString()).isEqualTo("demo-grid");

		// The phone resends the same registration: nothing moves.
		assertThat(post("demo-grid", "/api/v1/arrivals", first).status()).isEqualTo(200);
		assertThat(get("demo-grid", "/api/v1/visits/" + visit).json().path("returnees").asInt()).isEqualTo(1);

		Map<String, Object> second = arrival(randomIdNumber(), grid);
		second.put("visitId", visit);
		assertThat(post("demo-grid", "/api/v1/arrivals", second).status()).isEqualTo(201);
		JsonNode afterSecond = get("demo-grid", "/api/v1/visits/" + visit).json();
		assertThat(afterSecond.path("returnees").asInt()).isEqualTo(2);
		assertThat(afterSecond.path("attempts").asInt()).isEqualTo(1);

		// A household recorded without returnees keeps its verdict; HQ can reopen it.
		assertThat(mark("demo-grid", done, "VISITED_NO_RETURNEES", null, null, null).status()).isEqualTo(200);
		Map<String, Object> late = arrival(randomIdNumber(), grid);
		late.put("visitId", done);
		assertThat(post("demo-grid", "/api/v1/arrivals", late).status()).isEqualTo(201);
		assertThat(get("demo-grid", "/api/v1/visits/" + done).json().path("status").asString())
			.isEqualTo("VISITED_NO_RETURNEES");

		Map<String, Object> outside = arrival(randomIdNumber(), grid);
		outside.put("visitId", other);
		Reply refused = post("demo-grid", "/api/v1/arrivals", outside);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().path("violations").findValuesAsString("field")).contains("visitId");
		assertThat(get("demo-county", "/api/v1/visits/" + other).json().path("status").asString()).isEqualTo("PENDING");
	}

	private static Map<String, Object> arrival(String idNumber, String place) {
		return ArrivalTestSupport.arrival(idNumber, uniqueName("访"), place, "420100", LocalDate.now(ZONE).minusDays(1),
				car("鄂A" + ArrivalTestSupport.plateDigits()));
	}
}
