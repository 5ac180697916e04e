package org.bastion.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.bastion.people.IdNumber;
import org.bastion.security.MatrixHttp.Answer;
import tools.jackson.databind.JsonNode;

/**
 * The records the matrix aims at, made by the county's system administrator through the API in three
 * places: the demo grid worker's own grid, a grid of another village of the same township (共乐镇), and
 * a grid of another township (古宋镇). Every person gets a fresh ID number, name and phone, so that an
 * answer that names one of them can be recognised by searching its text; names of sites, units and
 * lists are fresh too, as the database may be kept from an earlier run.
 */
final class MatrixFixtures {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final String TOWNSHIP = "511528103";

	static final String OTHER_TOWNSHIP = "511528100";

	/** 乌鲁木齐市, designated for a few days so that the arrivals from it are proposed for observation. */
	static final String RISK_DIVISION = "650100";

	/** A person as an answer could betray them; phone or ID number may be null. */
	record Person(String name, String idNumber, String phone) {
	}

	/** One place of records: {@code facts} fill the matrix's ${...} references, {@code persons} are whom a leak would show. */
	record Area(String label, String code, Map<String, String> facts, List<Person> persons) {

		String fact(String key) {
			return facts.get(key);
		}

		/** A viewer whose area is {@code scope} sees this place: codes are nested, as paths are. */
		boolean insideOf(String scope) {
			return scope != null && code.startsWith(scope);
		}
	}

	private final MatrixHttp admin;

	private final LocalDate today = LocalDate.now(ZONE);

	MatrixFixtures(MatrixHttp admin) {
		this.admin = admin;
	}

	/** The three places, each with its records; {@code ownGrid} is the demo grid worker's. */
	List<Area> build(String ownGrid, long riskAreaId) {
		String ownVillage = ownGrid.substring(0, ownGrid.length() - 2);
		String otherGrid = children(TOWNSHIP).stream().filter(code -> !code.equals(ownVillage)).map(this::firstChild)
			.flatMap(java.util.Optional::stream).findFirst().orElseThrow();
		String farGrid = children(OTHER_TOWNSHIP).stream().map(this::firstChild).flatMap(java.util.Optional::stream)
			.findFirst().orElseThrow();
		// The three places are made side by side: most of the time goes in waiting for background work.
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(3)) {
			var own = pool.submit(() -> area("own grid", ownGrid, riskAreaId));
			var village = pool.submit(() -> area("another village", otherGrid, riskAreaId));
			var township = pool.submit(() -> area("another township", farGrid, riskAreaId));
			return List.of(own.get(), village.get(), township.get());
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("cannot make the matrix's records", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A designation of the risk division over the last days, for the arrivals' proposals; its id. */
	long riskArea() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("divisionCode", RISK_DIVISION);
		body.put("level", "HIGH");
		body.put("from", today.minusDays(6).toString());
		body.put("to", today.minusDays(2).toString());
		Answer answer = post("/api/v1/risk-areas", body);
		if (answer.status() == 201) {
			return answer.json().path("id").asLong();
		}
		// Designated already by an earlier run on a kept database: any designation will do.
		return admin.api("GET", "/api/v1/risk-areas", null).json().path("items").get(0).path("id").asLong();
	}

	/** An account of the place with one API token, for the operations on accounts' tokens. */
	private void account(String code, Map<String, String> facts) {
		String username = "mt-" + UUID.randomUUID().toString().substring(0, 12);
		facts.put("account", id(post("/api/v1/users", Map.of("username", username, "displayName", "矩阵账号", "password",
				org.bastion.ApiClient.PASSWORD, "role", "GRID_WORKER", "jurisdictionCode", code))));
		Answer issued = post("/api/v1/auth/token", Map.of("username", username, "password", org.bastion.ApiClient.PASSWORD));
		if (issued.status() != 200) {
			throw new IllegalStateException("cannot sign in as " + username + ": " + issued.status() + " " + issued.text());
		}
		facts.put("apitoken", admin.api("GET", "/api/v1/users/" + facts.get("account") + "/tokens", null).json()
			.path("items").get(0).path("id").asString());
	}

	private Area area(String label, String code, long riskAreaId) {
		Map<String, String> facts = new LinkedHashMap<>();
		List<Person> persons = new ArrayList<>();
		facts.put("area", code);
		facts.put("village", code.substring(0, code.length() - 2));
		facts.put("areaName", admin.api("GET", "/api/v1/jurisdictions/" + code, null).json().path("name").asString());
		facts.put("riskarea", Long.toString(riskAreaId));
		facts.put("division", "420106");
		facts.put("check", "NO_VALID_ID");
		facts.put("faketoken", "no-such-token-" + UUID.randomUUID());
		account(code, facts);

		Person main = person(code, facts, "");
		persons.add(main);
		facts.put("idPrefix", main.idNumber().substring(0, 14));
		facts.put("phonePrefix", main.phone().substring(0, 7));
		Person second = person(code, facts, "2");
		persons.add(second);

		facts.put("household", id(post("/api/v1/households",
				Map.of("jurisdictionCode", code, "address", "矩阵路" + code, "headPersonId", facts.get("person")))));

		Person arrived = new Person(uniqueName("返"), uniqueId(), uniquePhone());
		Person met = new Person(uniqueName("接"), null, uniquePhone());
		persons.add(arrived);
		persons.add(met);
		Answer arrival = post("/api/v1/arrivals", arrival(arrived, met, code));
		facts.put("arrival", id(arrival));
		facts.put("arrivedPerson", arrival.json().path("personId").asString());

		Map<String, Object> order = new LinkedHashMap<>();
		order.put("personId", facts.get("person"));
		order.put("kind", "SITE");
		order.put("reason", "CLOSE_CONTACT");
		order.put("startDate", today.minusDays(3).toString());
		Answer observation = post("/api/v1/observations", order);
		facts.put("observation", id(observation));
		facts.put("token", observation.json().path("selfReportToken").asString("none"));
		Map<String, Object> fever = new LinkedHashMap<>();
		fever.put("clientId", UUID.randomUUID().toString());
		fever.put("date", today.minusDays(1).toString());
		fever.put("slot", 1);
		fever.put("temperature", 38.6);
		fever.put("symptoms", List.of());
		expect(post("/api/v1/observations/" + facts.get("observation") + "/checks", fever), 201);

		// The case is the arrival's person, so that the people they met are offered as contacts to pick.
		facts.put("case", id(post("/api/v1/cases", Map.of("personId", facts.get("arrivedPerson"), "status", "SUSPECTED"))));
		Person contact = new Person(uniqueName("触"), uniqueId(), uniquePhone());
		persons.add(contact);
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("name", contact.name());
		row.put("phone", contact.phone());
		row.put("idNumber", contact.idNumber());
		row.put("relation", "同事");
		row.put("lastExposureDate", today.minusDays(1).toString());
		expect(post("/api/v1/cases/" + facts.get("case") + "/contacts", Map.of("contacts", List.of(row))), 201);

		Map<String, Object> site = new LinkedHashMap<>();
		site.put("name", "矩阵隔离点" + UUID.randomUUID().toString().substring(0, 8));
		site.put("kind", "HOTEL");
		site.put("jurisdictionCode", code);
		site.put("address", "矩阵路" + code);
		facts.put("site", id(post("/api/v1/isolation-sites", site)));
		facts.put("room", id(post("/api/v1/isolation-sites/" + facts.get("site") + "/rooms", Map.of("number", "101", "beds", 2))));
		facts.put("room2", id(post("/api/v1/isolation-sites/" + facts.get("site") + "/rooms", Map.of("number", "102", "beds", 2))));
		facts.put("stay", id(post("/api/v1/isolation-sites/" + facts.get("site") + "/stays",
				Map.of("observationId", facts.get("observation"), "roomId", facts.get("room")))));
		facts.put("request", id(post("/api/v1/isolation-sites/stays/" + facts.get("stay") + "/requests",
				Map.of("need", "FOOD", "detail", "矩阵"))));

		Map<String, Object> checkpoint = new LinkedHashMap<>();
		checkpoint.put("name", "矩阵卡点" + UUID.randomUUID().toString().substring(0, 8));
		checkpoint.put("level", "VILLAGE_ROAD");
		checkpoint.put("jurisdictionCode", code);
		checkpoint.put("agencies", List.of("COMMUNITY", "VOLUNTEERS"));
		facts.put("checkpoint", id(post("/api/v1/checkpoints", checkpoint)));
		// A roster of one day far ahead with the administrator alone on it (a day no earlier run used, as the
		// database may be kept), and their swap to the place's account.
		Map<String, Object> roster = new LinkedHashMap<>();
		LocalDate rosterDay = today.plusDays(ThreadLocalRandom.current().nextInt(1_000, 30_000));
		roster.put("from", rosterDay.toString());
		roster.put("to", rosterDay.toString());
		roster.put("pattern", "TWO_TWELVES");
		roster.put("poolUserIds", List.of(admin.api("GET", "/api/v1/me", null).json().path("id").asLong()));
		roster.put("minPerShift", 1);
		Answer shifts = post("/api/v1/checkpoints/" + facts.get("checkpoint") + "/rosters:generate", roster);
		expect(shifts, 200);
		facts.put("shift", shifts.json().path("items").get(0).path("id").asString());
		facts.put("shiftuser", shifts.json().path("items").get(0).path("people").get(0).path("userId").asString());
		facts.put("swap", id(post("/api/v1/shifts/" + facts.get("shift") + "/swaps",
				Map.of("toUserId", Long.parseLong(facts.get("account"))))));

		// A feverish traveller referred to observation, heading to the area: a fever and a hand-over to follow up.
		Map<String, Object> traveller = new LinkedHashMap<>();
		traveller.put("name", uniqueName("卡"));
		traveller.put("phone", uniquePhone());
		traveller.put("temperature", 38.6);
		traveller.put("originCode", "650102");
		traveller.put("destinationCode", code);
		Answer passage = post("/api/v1/checkpoints/" + facts.get("checkpoint") + "/passages", Map.of("clientId",
				UUID.randomUUID().toString(), "plate", "新A12345", "vehicleType", "CAR", "occupants", List.of(traveller),
				"outcome", "REFERRED_OBSERVATION"));
		expect(passage, 201);
		facts.put("fever", followUp("FEVER", code, passage.json().path("id").asLong()));
		facts.put("handover", followUp("HAND_OVER", code, passage.json().path("id").asLong()));

		facts.put("tomorrow", today.plusDays(1).toString());
		Map<String, Object> task = new LinkedHashMap<>();
		task.put("title", "矩阵任务");
		task.put("due", today.plusDays(1) + "T12:00");
		task.put("jurisdictionCode", code);
		facts.put("task", id(post("/api/v1/tasks", task)));
		// A work group of the area's township with the area's account as its member.
		facts.put("township", code.substring(0, 9));
		facts.put("group", id(post("/api/v1/work-groups", Map.of("kind", "LOGISTICS", "name", "矩阵组"
				+ UUID.randomUUID().toString().substring(0, 8), "jurisdictionCode", facts.get("township")))));
		expect(post("/api/v1/work-groups/" + facts.get("group") + "/members",
				Map.of("userId", Long.parseLong(facts.get("account")))), 200);
		facts.put("groupmember", facts.get("account"));

		// A notice to the area with one attachment, sent as the API takes files: the notice as a JSON part.
		String boundary = "matrix" + UUID.randomUUID();
		String notice = "{\"title\":\"矩阵通知\",\"recipients\":[\"" + code + "\"],\"clientId\":\"" + UUID.randomUUID() + "\"}";
		Answer sent = admin.multipart("/api/v1/notices", boundary, "--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"notice\"\r\nContent-Type: application/json\r\n\r\n" + notice
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"matrix.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4 matrix\r\n--" + boundary + "--\r\n");
		expect(sent, 201);
		facts.put("notice", sent.json().path("id").asString());
		facts.put("noticefile", sent.json().path("attachments").get(0).path("id").asString());

		Map<String, Object> unit = new LinkedHashMap<>();
		unit.put("name", "矩阵卡点" + UUID.randomUUID().toString().substring(0, 8));
		unit.put("jurisdictionCode", code);
		unit.put("checksPerDay", 1);
		unit.put("windows", List.of("00:00-23:59"));
		facts.put("unit", id(post("/api/v1/checkin-units", unit)));
		expect(post("/api/v1/checkin-units/" + facts.get("unit") + "/members", Map.of("personId", facts.get("person"))), 200);
		expect(post("/api/v1/checkin-units/" + facts.get("unit") + "/checkins", Map.of("personId", facts.get("person"),
				"temperature", 38.6, "clientId", UUID.randomUUID().toString())), 201);
		facts.put("checkinalert", awaitId("/api/v1/checkin-units/" + facts.get("unit") + "/alerts", null));

		Map<String, Object> immediate = new LinkedHashMap<>();
		immediate.put("kind", "SUSPECTED_CASE");
		immediate.put("jurisdictionCode", code);
		immediate.put("whatHappened", "矩阵时时报");
		immediate.put("happenedAt", today.minusDays(1) + "T10:00");
		immediate.put("personId", facts.get("person"));
		facts.put("immediate", id(post("/api/v1/immediate-reports", immediate)));

		facts.put("round", id(post("/api/v1/screening-rounds",
				Map.of("jurisdictionCode", code, "deadline", today.plusDays(7).toString(), "name", "矩阵排查"))));
		facts.put("visit", awaitId("/api/v1/screening-rounds/" + facts.get("round") + "/visits", null));

		facts.put("list", pushedList(code, List.of(main)));
		facts.put("entry", awaitId("/api/v1/pushed-lists/" + facts.get("list") + "/entries", null));

		facts.put("manualfield", id(post("/api/v1/reports/manual-fields", Map.of("label", "矩阵填报" + UUID.randomUUID()
			.toString().substring(0, 8)))));

		facts.put("alert", awaitId("/api/v1/alerts?jurisdiction=" + code, "observationId=" + facts.get("observation")));
		facts.put("clinic", id(post("/api/v1/fever-clinics", Map.of("name", "矩阵发热门诊" + code, "address", "矩阵路" + code,
				"jurisdictionCode", code))));
		facts.put("proposal", awaitId("/api/v1/observation-proposals?jurisdiction=" + code,
				"arrivalId=" + facts.get("arrival")));
		return new Area(label, code, facts, persons);
	}

	/** The follow-up of a kind that a passage opened in the area. */
	private String followUp(String kind, String code, long passageId) {
		return admin.api("GET", "/api/v1/passage-follow-ups?kind=" + kind + "&jurisdiction=" + code + "&limit=100", null)
			.json()
			.path("items")
			.valueStream()
			.filter(f -> f.path("passageId").asLong() == passageId)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No " + kind + " follow-up of passage " + passageId))
			.path("id")
			.asString();
	}

	private Person person(String code, Map<String, String> facts, String suffix) {
		Person person = new Person(uniqueName("矩"), uniqueId(), uniquePhone());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("idNumber", person.idNumber());
		body.put("name", person.name());
		body.put("phone", person.phone());
		body.put("jurisdictionCode", code);
		body.put("address", "矩阵路" + code);
		Answer answer = post("/api/v1/people", body);
		if (answer.status() == 409) {
			return person(code, facts, suffix);
		}
		facts.put("person" + suffix, id(answer));
		facts.put("idNumber" + suffix, person.idNumber());
		facts.put("name" + suffix, person.name());
		facts.put("phone" + suffix, person.phone());
		return person;
	}

	private Map<String, Object> arrival(Person arrived, Person met, String code) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("idNumber", arrived.idNumber());
		person.put("name", arrived.name());
		person.put("phone", arrived.phone());
		person.put("jurisdictionCode", code);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("person", person);
		body.put("originCode", "650102");
		body.put("originAddress", "矩阵街1号");
		body.put("departureDate", today.minusDays(4).toString());
		body.put("arrivalDate", today.minusDays(3).toString());
		body.put("transport", Map.of("mode", "TRAIN", "number", "Z" + ThreadLocalRandom.current().nextInt(1, 9999)));
		body.put("contacts", List.of(Map.of("name", met.name(), "phone", met.phone(), "relation", "邻居")));
		body.put("temperature", 36.5);
		return body;
	}

	/** A list over {@code code} naming the persons, and one bad row for an error file; its id once imported. */
	String pushedList(String code, List<Person> persons) {
		StringBuilder csv = new StringBuilder("序号,姓名,身份证号,手机号\n");
		int line = 1;
		for (Person person : persons) {
			csv.append(line++).append(',').append(person.name()).append(',').append(person.idNumber()).append(',')
				.append(person.phone()).append('\n');
		}
		csv.append(line).append(",坏行,123,1\n");
		String boundary = "matrix" + UUID.randomUUID();
		StringBuilder body = new StringBuilder();
		for (Map.Entry<String, String> field : Map.of("name", "矩阵名单" + UUID.randomUUID().toString().substring(0, 8), "deadline",
				today.plusDays(3).toString(), "jurisdiction", code).entrySet()) {
			body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"")
				.append(field.getKey()).append("\"\r\n\r\n").append(field.getValue()).append("\r\n");
		}
		body.append("--").append(boundary)
			.append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"matrix.csv\"\r\nContent-Type: text/csv\r\n\r\n")
			.append(csv).append("\r\n--").append(boundary).append("--\r\n");
		Answer accepted = admin.multipart("/api/v1/pushed-lists", boundary, body.toString());
		expect(accepted, 202);
		String id = accepted.json().path("id").asString();
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
			String status = admin.api("GET", "/api/v1/pushed-lists/" + id, null).json().path("status").asString();
			return status.equals("DONE") || status.equals("FAILED");
		});
		return id;
	}

	/** The id of the first item of a list's {@code items} (or the one whose {@code field=value} matches), once there is one. */
	private String awaitId(String path, String match) {
		AtomicReference<String> found = new AtomicReference<>();
		Awaitility.await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> {
			JsonNode list = admin.api("GET", path, null).json();
			for (JsonNode item : list.path("items")) {
				if (match == null || item.path(match.split("=")[0]).asString().equals(match.split("=")[1])) {
					found.set(item.path("id").asString());
					return true;
				}
			}
			return false;
		});
		return found.get();
	}

	private Answer post(String path, Object body) {
		return admin.api("POST", path, MatrixHttp.JSON.writeValueAsString(body));
	}

	private static String id(Answer answer) {
		assertThat(answer.status()).as("%s", answer.text()).isBetween(200, 201);
		return answer.json().path("id").asString();
	}

	private static void expect(Answer answer, int status) {
		assertThat(answer.status()).as("%s", answer.text()).isEqualTo(status);
	}

	/** A village's first grid of the demo's, if it has one left (tests of the run move places about). */
	private java.util.Optional<String> firstChild(String village) {
		return children(village).stream().findFirst();
	}

	/**
	 * The demo's own children of a place, whose codes extend their parent's as the national catalogue's do
	 * ({@link Area#insideOf} relies on it): other tests of the run add places with codes of their own.
	 */
	private List<String> children(String code) {
		List<String> codes = new ArrayList<>();
		for (JsonNode child : admin.api("GET", "/api/v1/jurisdictions/" + code + "/children", null).json().path("items")) {
			String childCode = child.path("code").asString();
			if (childCode.startsWith(code)) {
				codes.add(childCode);
			}
		}
		return codes;
	}

	static String uniqueId() {
		LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
		return IdNumber.of("110105", birth, ThreadLocalRandom.current().nextInt(1, 999)).value();
	}

	/** A name no other test gives: a family name and five of thirty characters. */
	static String uniqueName(String family) {
		String letters = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥金木水火土日月星";
		StringBuilder name = new StringBuilder(family);
		for (int i = 0; i < 5; i++) {
			name.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
		}
		return name.toString();
	}

	static String uniquePhone() {
		return "137" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
	}
}
