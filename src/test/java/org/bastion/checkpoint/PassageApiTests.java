package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bastion.arrivals.RiskLevel;
import org.bastion.observation.HealthFixtures;
import org.bastion.observation.HealthFixtures.Reply;
import org.bastion.people.IdNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Passages registered at the roadside over HTTP: once, refused by field, in batches, in scope, with their risk. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PassageApiTests {

	static final String ID = IdNumber.of("420102", LocalDate.of(1985, 3, 4), 123).value();

	@LocalServerPort
	int port;

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	@Test
	void aCarIsRegisteredOnceAndListedWithItsOccupantsMasked() {
		long checkpoint = checkpoint("demo-township", HealthFixtures.TOWNSHIP, "TOWNSHIP_BORDER");
		Map<String, Object> body = passage("粤b 12345", "REFERRED_FEVER_CLINIC",
				occupant("张三", ID, null, 38.4), occupant("李四", null, "13912341111", 36.6));
		Reply created = fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/passages", body);
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
		JsonNode p = created.json();
		long id = p.path("id").asLong();
		assertThat(p.path("plate").asString()).isEqualTo("粤B12345");
		assertThat(p.path("plateProvince").asString()).isEqualTo("粤");
		assertThat(p.path("occupantCount").asInt()).isEqualTo(2);
		assertThat(p.path("feverCount").asInt()).isEqualTo(1);
		assertThat(p.path("createdByName").asString()).isEqualTo("共乐镇 王芳");
		assertThat(p.path("occupants").get(0).path("fever").asBoolean()).isTrue();
		assertThat(p.path("occupants").get(0).path("idNumber").asString()).isEqualTo(ID.substring(0, 6) + "********" + ID.substring(14));
		assertThat(p.path("occupants").get(1).path("phone").asString()).isEqualTo("139****1111");
		assertThat(p.path("replayed").asBoolean()).isFalse();

		Reply again = fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/passages", body);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("id").asLong()).isEqualTo(id);
		assertThat(again.json().path("replayed").asBoolean()).isTrue();

		JsonNode list = fx.get("demo-county", "/api/v1/checkpoints/" + checkpoint + "/passages?date="
				+ HealthFixtures.today()).json();
		assertThat(ids(list)).containsExactly(id);
		assertThat(ids(fx.get("demo-leader", "/api/v1/checkpoints/" + checkpoint + "/passages").json())).containsExactly(id);
		assertThat(ids(fx.get("demo-county", "/api/v1/checkpoints/" + checkpoint + "/passages?date="
				+ HealthFixtures.today().minusDays(1)).json())).isEmpty();
	}

	@Test
	void aPersonOnFootIsRegisteredWithoutAPlateByTheGridInItsOwnArea() {
		String grid = fx.get("demo-grid", "/api/v1/me").json().path("jurisdictionCode").asString();
		long checkpoint = checkpoint("demo-county", grid, "VILLAGE_ROAD");
		Map<String, Object> walker = passage(null, "PASSED", occupant(null, null, null, 36.4));
		walker.put("vehicleType", "ON_FOOT");
		Reply created = fx.post("demo-grid", "/api/v1/checkpoints/" + checkpoint + "/passages", walker);
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
		assertThat(created.json().path("plate").isNull()).isTrue();
		assertThat(created.json().path("vehicleType").asString()).isEqualTo("ON_FOOT");
	}

	@Test
	void leadersReadOnlyAndACheckpointOutsideTheAreaIsNotFound() {
		long ours = checkpoint("demo-township", HealthFixtures.TOWNSHIP, "COUNTY_ROAD");
		long theirs = checkpoint("demo-county", HealthFixtures.OTHER_TOWNSHIP, "COUNTY_ROAD");
		assertThat(fx.post("demo-leader", "/api/v1/checkpoints/" + ours + "/passages",
				passage("粤B12345", "PASSED", occupant(null, null, null, 36.5))).status()).isEqualTo(403);
		assertThat(fx.post("demo-grid", "/api/v1/checkpoints/" + ours + "/passages",
				passage("粤B12345", "PASSED", occupant(null, null, null, 36.5))).status()).isEqualTo(404);
		assertThat(fx.post("demo-township", "/api/v1/checkpoints/" + theirs + "/passages",
				passage("粤B12345", "PASSED", occupant(null, null, null, 36.5))).status()).isEqualTo(404);
		assertThat(fx.get("demo-township", "/api/v1/checkpoints/" + theirs + "/passages").status()).isEqualTo(404);
		assertThat(fx.post("demo-township", "/api/v1/checkpoints/" + theirs + "/passages:batch",
				Map.of("passages", List.of(passage("粤B12345", "PASSED", occupant(null, null, null, 36.5))))).status())
			.isEqualTo(404);
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyMistakeIsNamedByItsFieldAndNothingIsStored() {
		long checkpoint = checkpoint("demo-township", HealthFixtures.TOWNSHIP, "NATIONAL_ROAD");
		Map<String, Object> body = passage("AB12345", "PASSED", occupant(null, null, null, 44.5),
				occupant("王五", ID, null, 38.0));
		((Map<String, Object>) ((List<?>) body.get("occupants")).get(1)).put("originCode", "999999");
		Reply refused = fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/passages", body);
		assertThat(refused.status()).as(refused.json().toString()).isEqualTo(400);
		assertThat(fields(refused)).containsExactlyInAnyOrder("plate", "outcome", "occupants[0].temperature",
				"occupants[0].name", "occupants[0].idNumber", "occupants[1].originCode");
		assertThat(refused.json().toString()).contains("体温应在 34.0℃ 到 43.0℃ 之间", "粤B12345");
		assertThat(ids(fx.get("demo-township", "/api/v1/checkpoints/" + checkpoint + "/passages").json())).isEmpty();

		Map<String, Object> badType = passage("粤B12345", "PASSED", occupant(null, ID, null, 36.5));
		badType.put("vehicleType", "SPACESHIP");
		assertThat(fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/passages", badType).status())
			.isEqualTo(400);
		Map<String, Object> badClient = passage("粤B12345", "PASSED", occupant(null, ID, null, 36.5));
		badClient.put("clientId", "no spaces allowed");
		assertThat(fields(fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/passages", badClient)))
			.containsExactly("clientId");
		assertThat(fx.get("demo-township", "/api/v1/checkpoints/" + checkpoint + "/passages?cursor=abc").status())
			.isEqualTo(400);
	}

	@Test
	void aClosedCheckpointRegistersNoOne() {
		Map<String, Object> body = CheckpointApiTests.checkpoint("撤除卡点" + CheckpointApiTests.suffix(),
				HealthFixtures.TOWNSHIP, "VILLAGE_ROAD");
		body.put("openedOn", HealthFixtures.today().minusDays(5).toString());
		body.put("closedOn", HealthFixtures.today().minusDays(1).toString());
		long id = fx.post("demo-township", "/api/v1/checkpoints", body).json().path("id").asLong();
		Reply closed = fx.post("demo-township", "/api/v1/checkpoints/" + id + "/passages",
				passage("粤B12345", "PASSED", occupant(null, null, null, 36.5)));
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.json().path("detail").asString()).contains(body.get("name").toString());
	}

	/** The checkpoint a registration reads is kept in memory for a few seconds: a closing must end it at once. */
	@Test
	void aCheckpointClosedTodayRefusesTheVeryNextPassage() {
		Map<String, Object> body = CheckpointApiTests.checkpoint("今日撤点" + CheckpointApiTests.suffix(),
				HealthFixtures.TOWNSHIP, "VILLAGE_ROAD");
		body.put("openedOn", HealthFixtures.today().minusDays(5).toString());
		long id = fx.post("demo-township", "/api/v1/checkpoints", body).json().path("id").asLong();
		String path = "/api/v1/checkpoints/" + id + "/passages";
		assertThat(fx.post("demo-township", path, passage("粤B12345", "PASSED", occupant(null, null, null, 36.5))).status())
			.isEqualTo(201);
		assertThat(fx.post("demo-township", "/api/v1/checkpoints/" + id + "/close",
				Map.of("closedOn", HealthFixtures.today().minusDays(1).toString())).status()).isEqualTo(200);
		assertThat(fx.post("demo-township", path, passage("粤B12346", "PASSED", occupant(null, null, null, 36.5))).status())
			.isEqualTo(409);
		assertThat(fx.post("demo-township", path + ":batch",
				Map.of("passages", List.of(passage("粤B12347", "PASSED", occupant(null, null, null, 36.5))))).json()
			.path("stored").asInt()).isZero();
	}

	@Test
	void aBatchAnswersEachPassageOnItsOwn() {
		long checkpoint = checkpoint("demo-township", HealthFixtures.TOWNSHIP, "TOWNSHIP_BORDER");
		Map<String, Object> first = passage("川A11111", "PASSED", occupant(null, null, null, 36.5));
		Map<String, Object> bad = passage("川A22222", "PASSED", occupant(null, null, null, 30.0));
		Map<String, Object> third = passage("川A33333", "TURNED_BACK", occupant(null, null, null, 36.7));
		Reply batch = fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/passages:batch",
				Map.of("passages", List.of(first, bad, third, first)));
		assertThat(batch.status()).as(batch.json().toString()).isEqualTo(200);
		JsonNode answer = batch.json();
		assertThat(answer.path("stored").asInt()).isEqualTo(2);
		assertThat(answer.path("replayed").asInt()).isEqualTo(1);
		assertThat(answer.path("refused").asInt()).isEqualTo(1);
		List<String> statuses = answer.path("items").valueStream().map(i -> i.path("status").asString()).toList();
		assertThat(statuses).containsExactly("STORED", "REFUSED", "STORED", "REPLAYED");
		JsonNode refused = answer.path("items").get(1);
		assertThat(refused.path("clientId").asString()).isEqualTo(bad.get("clientId"));
		assertThat(refused.path("violations").get(0).path("field").asString()).isEqualTo("occupants[0].temperature");
		assertThat(refused.path("violations").get(0).path("message").asString()).contains("34.0");
		assertThat(answer.path("items").get(3).path("passage").path("id").asLong())
			.isEqualTo(answer.path("items").get(0).path("passage").path("id").asLong());
		assertThat(ids(fx.get("demo-township", "/api/v1/checkpoints/" + checkpoint + "/passages").json())).hasSize(2);

		Reply again = fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/passages:batch",
				Map.of("passages", List.of(first, third)));
		assertThat(again.json().path("replayed").asInt()).isEqualTo(2);
		assertThat(fx.post("demo-leader", "/api/v1/checkpoints/" + checkpoint + "/passages:batch",
				Map.of("passages", List.of(first))).status()).isEqualTo(403);
	}

	@Test
	void theDaysFiguresCountVehiclesPeopleFeversAndPlatesByProvince() {
		long checkpoint = checkpoint("demo-township", HealthFixtures.TOWNSHIP, "TOWNSHIP_BORDER");
		String path = "/api/v1/checkpoints/" + checkpoint + "/passages";
		fx.post("demo-township", path, passage("鄂A12345", "REFERRED_FEVER_CLINIC",
				occupant("张三", null, "13912341111", 38.4), occupant("李四", null, "13912342222", 36.6)));
		fx.post("demo-township", path, passage("鄂B12345", "TURNED_BACK", occupant(null, null, null, 36.6)));
		fx.post("demo-township", path, passage("川A12345", "PASSED", occupant(null, null, null, 36.6),
				occupant(null, null, null, 36.7), occupant(null, null, null, 36.8)));
		Map<String, Object> walker = passage(null, "REFERRED_OBSERVATION", occupant("王五", null, "13912343333", 36.5));
		walker.put("vehicleType", "ON_FOOT");
		fx.post("demo-township", path, walker);
		fx.post("demo-township", path, passage("XX", "PASSED", occupant(null, null, null, 36.6)));

		Reply stats = fx.get("demo-leader", "/api/v1/checkpoints/" + checkpoint + "/stats?date=" + HealthFixtures.today());
		assertThat(stats.status()).isEqualTo(200);
		JsonNode total = stats.json().path("total");
		assertThat(total.path("vehicles").asInt()).isEqualTo(3);
		assertThat(total.path("persons").asInt()).isEqualTo(7);
		assertThat(total.path("turnedBack").asInt()).isEqualTo(1);
		assertThat(total.path("fevers").asInt()).isEqualTo(1);
		assertThat(total.path("referrals").asInt()).isEqualTo(2);
		assertThat(stats.json().path("plates").valueStream().map(p -> p.path("province").asString() + p.path("vehicles").asInt()))
			.containsExactly("鄂2", "川1");
		int hourly = stats.json().path("hours").valueStream().mapToInt(h -> h.path("counts").path("persons").asInt()).sum();
		assertThat(hourly).isEqualTo(7);
		JsonNode yesterday = fx.get("demo-county", "/api/v1/checkpoints/" + checkpoint + "/stats?date="
				+ HealthFixtures.today().minusDays(1)).json();
		assertThat(yesterday.path("total").path("persons").asInt()).isZero();
		assertThat(yesterday.path("hours").size()).isZero();
		long theirs = checkpoint("demo-county", HealthFixtures.OTHER_TOWNSHIP, "COUNTY_ROAD");
		assertThat(fx.get("demo-township", "/api/v1/checkpoints/" + theirs + "/stats").status()).isEqualTo(404);
	}

	@Test
	void aPlateOrAnOriginFromARiskAreaCarriesItsLevel() {
		LocalDate today = HealthFixtures.today();
		Map<String, Object> designation = new LinkedHashMap<>();
		designation.put("divisionCode", "640100");
		designation.put("level", "MEDIUM");
		designation.put("from", today.toString());
		designation.put("to", today.toString());
		Reply area = fx.post("demo-county", "/api/v1/risk-areas", designation);
		assertThat(area.status()).as(area.json().toString()).isEqualTo(201);
		long checkpoint = checkpoint("demo-township", HealthFixtures.TOWNSHIP, "TOWNSHIP_BORDER");
		JsonNode plated = fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/passages",
				passage("宁A12345", "PASSED", occupant(null, null, null, 36.5))).json();
		assertThat(plated.path("riskLevel").asString()).isEqualTo("MEDIUM");
		// Whatever 粤 carries in this run's risk areas, an origin in the designated city lifts only its traveller.
		String plateOnly = fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/passages",
				passage("粤B12345", "PASSED", occupant(null, null, null, 36.5))).json().path("riskLevel").asString();
		Map<String, Object> fromThere = occupant("赵六", null, "13912342222", 36.5);
		fromThere.put("originCode", "640104");
		JsonNode origin = fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/passages",
				passage("粤B54321", "REFERRED_OBSERVATION", occupant("钱七", null, "13912343333", 36.4), fromThere)).json();
		assertThat(origin.path("occupants").valueStream().map(o -> o.path("riskLevel").asString()))
			.containsExactly(plateOnly, RiskLevel.max(RiskLevel.valueOf(plateOnly), RiskLevel.MEDIUM).name());
		assertThat(origin.path("riskLevel").asString()).as(origin.toString()).isIn("MEDIUM", "HIGH");
	}

	/** The day's designations are kept in memory for the passing trips: a designation or a change counts at once. */
	@Test
	void aNewDesignationCountsForTheVeryNextPassage() {
		LocalDate today = HealthFixtures.today();
		long checkpoint = checkpoint("demo-township", HealthFixtures.TOWNSHIP, "TOWNSHIP_BORDER");
		String path = "/api/v1/checkpoints/" + checkpoint + "/passages";
		String before = fx.post("demo-township", path, passage("甘A12345", "PASSED", occupant(null, null, null, 36.5)))
			.json().path("riskLevel").asString();
		assertThat(before).as("甘 must carry no high designation of this run's for the test to tell").isNotEqualTo("HIGH");

		Map<String, Object> designation = new LinkedHashMap<>();
		designation.put("divisionCode", "620100");
		designation.put("level", "HIGH");
		designation.put("from", today.toString());
		designation.put("to", today.toString());
		Reply area = fx.post("demo-county", "/api/v1/risk-areas", designation);
		assertThat(area.status()).as(area.json().toString()).isEqualTo(201);
		assertThat(fx.post("demo-township", path, passage("甘A22345", "PASSED", occupant(null, null, null, 36.5)))
			.json().path("riskLevel").asString()).isEqualTo("HIGH");

		designation.put("level", "LOW");
		assertThat(fx.put("demo-county", "/api/v1/risk-areas/" + area.json().path("id").asLong(), designation).status())
			.isEqualTo(200);
		assertThat(fx.post("demo-township", path, passage("甘A32345", "PASSED", occupant(null, null, null, 36.5)))
			.json().path("riskLevel").asString()).isEqualTo(RiskLevel.max(RiskLevel.valueOf(before), RiskLevel.LOW).name());
	}

	long checkpoint(String user, String place, String level) {
		Reply created = fx.post(user, "/api/v1/checkpoints",
				CheckpointApiTests.checkpoint("过卡卡点" + CheckpointApiTests.suffix(), place, level));
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
		return created.json().path("id").asLong();
	}

	@SafeVarargs
	static Map<String, Object> passage(String plate, String outcome, Map<String, Object>... occupants) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("clientId", UUID.randomUUID().toString());
		body.put("plate", plate);
		body.put("vehicleType", "CAR");
		body.put("occupants", new ArrayList<>(List.of(occupants)));
		body.put("outcome", outcome);
		return body;
	}

	static Map<String, Object> occupant(String name, String idNumber, String phone, double temperature) {
		Map<String, Object> o = new LinkedHashMap<>();
		o.put("name", name);
		o.put("idNumber", idNumber);
		o.put("phone", phone);
		o.put("temperature", temperature);
		return o;
	}

	private static List<Long> ids(JsonNode list) {
		return list.path("items").valueStream().map(c -> c.path("id").asLong()).toList();
	}

	private static List<String> fields(Reply refused) {
		return refused.json().path("violations").valueStream().map(v -> v.path("field").asString()).toList();
	}
}
