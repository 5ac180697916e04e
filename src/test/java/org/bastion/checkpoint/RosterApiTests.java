package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.bastion.ApiClient;
import org.bastion.observation.HealthFixtures;
import org.bastion.observation.HealthFixtures.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Rosters over HTTP: generating, the rules it keeps, gaps and filling them, swaps, the duty check-in and hours. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RosterApiTests {

	@LocalServerPort
	int port;

	@Autowired
	CheckpointDatabase database;

	@Autowired
	ShiftDatabase shifts;

	TransactionTemplate transactions;

	@Autowired
	void transactions(PlatformTransactionManager manager) {
		transactions = new TransactionTemplate(manager);
	}

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	@Test
	void aWeekOfThreeEightsIsFilledWithLeadersWithinTheRulesAndStoredOnce() {
		long checkpoint = checkpoint();
		List<Long> pool = staff(6, HealthFixtures.TOWNSHIP);
		LocalDate from = HealthFixtures.today().plusDays(20);
		Reply generated = generate(checkpoint, from, from.plusDays(6), "THREE_EIGHTS", pool, List.of(), 2);
		assertThat(generated.status()).as(generated.json().toString()).isEqualTo(200);
		List<JsonNode> shifts = items(generated.json());
		assertThat(shifts).hasSize(21);
		for (JsonNode shift : shifts) {
			assertThat(shift.path("people").size()).isGreaterThanOrEqualTo(2);
			assertThat(shift.path("gap").asBoolean()).isFalse();
			assertThat(StreamSupport.stream(shift.path("people").spliterator(), false).filter(p -> p.path("leader").asBoolean()))
				.hasSize(1);
			assertThat(shift.path("checkpointName").asString()).isNotBlank();
		}
		assertThat(shifts.getFirst().path("localStart").asString()).isEqualTo(from + "T00:00:00");
		assertThat(shifts.getFirst().path("people").get(0).path("name").asString()).startsWith("排班");

		// Answered as stored, not read back: exactly what is read back afterwards.
		assertThat(items(fx.get("demo-township", "/api/v1/checkpoints/" + checkpoint + "/shifts?from=" + from + "&to="
				+ from.plusDays(6)).json())).isEqualTo(shifts);
		Reply again = generate(checkpoint, from, from.plusDays(6), "THREE_EIGHTS", pool, List.of(), 2);
		assertThat(ids(items(again.json()))).isEqualTo(ids(shifts));
		Reply read = fx.get("demo-county", "/api/v1/checkpoints/" + checkpoint + "/shifts?from=" + from + "&to=" + from);
		assertThat(items(read.json())).hasSize(3);
		assertThat(fx.get("demo-grid", "/api/v1/checkpoints/" + checkpoint + "/shifts?from=" + from + "&to=" + from).status())
			.isEqualTo(404);

		Reply hours = fx.get("demo-township", "/api/v1/checkpoints/" + checkpoint + "/hours?from=" + from + "&to=" + from.plusDays(6));
		double total = items(hours.json()).stream().mapToDouble(h -> h.path("hours").asDouble()).sum();
		long people = shifts.stream().mapToLong(s -> s.path("people").size()).sum();
		assertThat(total).isEqualTo(people * 8.0);
		assertThat(items(hours.json())).hasSize(6).allSatisfy(h -> assertThat(h.path("hours").asDouble()).isLessThanOrEqualTo(7 * 12));
	}

	@Test
	void aMonthIsStoredInSeveralMultiRowInsertsAndReadBackAsAnswered() {
		long checkpoint = checkpoint();
		List<Long> pool = staff(8, HealthFixtures.TOWNSHIP);
		LocalDate from = HealthFixtures.today().plusDays(120);
		LocalDate to = from.plusDays(30);
		Reply generated = generate(checkpoint, from, to, "THREE_EIGHTS", pool, pool.subList(0, 3), 2);
		assertThat(generated.status()).as(generated.json().toString()).isEqualTo(200);
		List<JsonNode> shifts = items(generated.json());
		assertThat(shifts).hasSize(93);
		long people = shifts.stream().mapToLong(s -> s.path("people").size()).sum();
		// More people than one insert carries: the month's assignments span several statements.
		assertThat(people).isGreaterThan(ShiftDatabase.ROWS_PER_INSERT);
		assertThat(shifts).allSatisfy(shift -> assertThat(StreamSupport.stream(shift.path("people").spliterator(), false)
			.map(p -> p.path("userId").asLong())
			.distinct()
			.count()).isEqualTo(shift.path("people").size()));

		assertThat(items(fx.get("demo-township", "/api/v1/checkpoints/" + checkpoint + "/shifts?from=" + from + "&to=" + to)
			.json())).isEqualTo(shifts);
		Reply hours = fx.get("demo-township", "/api/v1/checkpoints/" + checkpoint + "/hours?from=" + from + "&to=" + to);
		assertThat(items(hours.json()).stream().mapToDouble(h -> h.path("hours").asDouble()).sum()).isEqualTo(people * 8.0);
		assertThat(ids(items(generate(checkpoint, from, to, "THREE_EIGHTS", pool, pool.subList(0, 3), 2).json())))
			.isEqualTo(ids(shifts));
	}

	/**
	 * Two requests generating the same days at once: the one whose insert comes second finds some starts taken
	 * since it read them. Those stay as the first request stored them; the rest of its shifts are stored.
	 */
	@Test
	void aShiftWhoseStartAnotherRequestTookMeanwhileIsLeftToItAndTheOthersAreStored() {
		long checkpoint = checkpoint();
		List<Long> pool = staff(6, HealthFixtures.TOWNSHIP);
		LocalDate day = HealthFixtures.today().plusDays(200);
		Reply first = generate(checkpoint, day, day, "THREE_EIGHTS", pool, pool.subList(0, 2), 2);
		assertThat(first.status()).as(first.json().toString()).isEqualTo(200);
		JsonNode taken = items(first.json()).get(1);
		Instant start = Instant.parse(taken.path("startsAt").asString());
		Instant later = start.plus(java.time.Duration.ofDays(1));
		List<RosterGenerator.Planned> planned = List.of(
				new RosterGenerator.Planned(taken.path("slot").asInt(), start, start.plus(java.time.Duration.ofHours(8)), day, List.of(), null),
				new RosterGenerator.Planned(0, later, later.plus(java.time.Duration.ofHours(8)), day.plusDays(1), List.of(), null));

		List<ShiftDatabase.ShiftRow> rows = transactions.execute(status -> shifts.insertShifts(checkpoint,
				ShiftPattern.THREE_EIGHTS, planned, 2, database.find(checkpoint, "/%").orElseThrow().path(), "test", Instant.now()));

		assertThat(rows.get(0)).isNull();
		assertThat(rows.get(1).startsAt()).isEqualTo(later);
		JsonNode kept = items(fx.get("demo-township", "/api/v1/checkpoints/" + checkpoint + "/shifts?from=" + day + "&to=" + day)
			.json()).get(1);
		assertThat(kept.path("id").asLong()).isEqualTo(taken.path("id").asLong());
		assertThat(kept.path("people").size()).isEqualTo(taken.path("people").size());
	}

	@Test
	void tooFewPeopleLeaveGapsTheTownshipSeesAndFillsByHandWithinTheRules() {
		long checkpoint = checkpoint();
		List<Long> pool = staff(2, HealthFixtures.TOWNSHIP);
		LocalDate day = HealthFixtures.today().plusDays(30);
		List<JsonNode> shifts = items(generate(checkpoint, day, day, "THREE_EIGHTS", pool, List.of(pool.getFirst()), 1).json());
		assertThat(shifts).hasSize(3);
		List<JsonNode> gaps = shifts.stream().filter(s -> s.path("gap").asBoolean()).toList();
		assertThat(gaps).isNotEmpty();
		List<Long> listed = new ArrayList<>();
		String cursor = "";
		do {
			JsonNode page = fx.get("demo-township", "/api/v1/shift-gaps?limit=100&jurisdiction=" + HealthFixtures.TOWNSHIP
					+ (cursor.isEmpty() ? "" : "&cursor=" + cursor)).json();
			listed.addAll(ids(items(page)));
			cursor = page.path("nextCursor").isNull() ? "" : page.path("nextCursor").asString("");
		}
		while (!cursor.isEmpty());
		assertThat(listed).containsAll(ids(gaps));
		assertThat(ids(items(fx.get("demo-township", "/api/v1/shift-gaps?jurisdiction=" + HealthFixtures.OTHER_TOWNSHIP)
			.json()))).doesNotContainAnyElementsOf(ids(gaps));

		// The leader took a shift; right after it, they may not take the next one.
		JsonNode gap = gaps.getFirst();
		long busy = pool.getFirst();
		JsonNode led = shifts.stream().filter(s -> !s.path("gap").asBoolean()).findFirst().orElseThrow();
		long ledId = led.path("id").asLong();
		Reply refused = fx.post("demo-township", "/api/v1/shifts/" + neighbour(shifts, led).path("id").asLong() + "/assignments",
				Map.of("userId", led.path("people").get(0).path("userId").asLong()));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().toString()).contains("userId").containsAnyOf("notInARow", "notTwiceAtOnce", "minRest",
				"maxHoursPerDay");

		long fresh = staff(1, HealthFixtures.TOWNSHIP).getFirst();
		Reply filled = fx.post("demo-township", "/api/v1/shifts/" + gap.path("id").asLong() + "/assignments",
				Map.of("userId", fresh, "leader", true));
		assertThat(filled.status()).as(filled.json().toString()).isEqualTo(200);
		assertThat(filled.json().path("gap").asBoolean()).isFalse();
		assertThat(fx.post("demo-township", "/api/v1/shifts/" + gap.path("id").asLong() + "/assignments",
				Map.of("userId", fresh, "leader", true)).json().path("people").size()).isEqualTo(filled.json().path("people").size());
		assertThat(fx.post("demo-leader", "/api/v1/shifts/" + gap.path("id").asLong() + "/assignments",
				Map.of("userId", fresh)).status()).isEqualTo(403);
		long outsider = staff(1, HealthFixtures.OTHER_TOWNSHIP).getFirst();
		Reply outside = fx.post("demo-county", "/api/v1/shifts/" + gap.path("id").asLong() + "/assignments", Map.of("userId", outsider));
		assertThat(outside.status()).isEqualTo(400);
		assertThat(outside.json().toString()).contains("inArea");

		var removed = fx.as("demo-township").delete().uri("/api/v1/shifts/" + gap.path("id").asLong() + "/assignments/" + fresh)
			.retrieve().toEntity(String.class);
		assertThat(removed.getStatusCode().value()).isEqualTo(200);
		assertThat(fx.get("demo-township", "/api/v1/shifts/" + gap.path("id").asLong()).json().path("gap").asBoolean()).isTrue();
		assertThat(busy).isPositive();
		assertThat(ledId).isPositive();
	}

	@Test
	void nobodyIsOnDutyAtTwoCheckpointsAtOnce() {
		long first = checkpoint();
		long second = checkpoint();
		List<Long> one = staff(1, HealthFixtures.TOWNSHIP);
		LocalDate day = HealthFixtures.today().plusDays(40);
		JsonNode atFirst = items(generate(first, day, day, "TWO_TWELVES", one, List.of(), 1).json()).getFirst();
		assertThat(atFirst.path("people").size()).isEqualTo(1);
		List<JsonNode> atSecond = items(generate(second, day, day, "TWO_TWELVES", one, List.of(), 1).json());
		assertThat(atSecond.getFirst().path("people").size()).isZero();
		assertThat(atSecond.getFirst().path("gap").asBoolean()).isTrue();
		Reply byHand = fx.post("demo-township", "/api/v1/shifts/" + atSecond.getFirst().path("id").asLong() + "/assignments",
				Map.of("userId", one.getFirst()));
		assertThat(byHand.status()).isEqualTo(400);
		assertThat(byHand.json().toString()).contains("notTwiceAtOnce");
	}

	@Test
	void everyMistakeIsNamedByItsFieldAndRuleAndNothingIsStored() {
		long checkpoint = checkpoint();
		List<Long> pool = staff(1, HealthFixtures.TOWNSHIP);
		long outsider = staff(1, HealthFixtures.OTHER_TOWNSHIP).getFirst();
		LocalDate day = HealthFixtures.today().plusDays(50);
		Reply backwards = generate(checkpoint, day, day.minusDays(1), "THREE_EIGHTS", pool, List.of(), 1);
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(rules(backwards)).containsExactly("to:afterFrom");
		assertThat(rules(generate(checkpoint, day, day.plusDays(31), "THREE_EIGHTS", pool, List.of(), 1))).containsExactly("to:maxDays");
		assertThat(rules(generate(checkpoint, day, day, "FIVE_SHIFTS", pool, List.of(), 1))).containsExactly("pattern:known");
		assertThat(rules(generate(checkpoint, day, day, "THREE_EIGHTS", List.of(pool.getFirst(), outsider), List.of(), 1)))
			.containsExactly("poolUserIds:inArea");
		assertThat(rules(generate(checkpoint, day, day, "THREE_EIGHTS", pool, List.of(outsider), 0)))
			.containsExactlyInAnyOrder("minPerShift:min", "leaderUserIds:inPool");
		assertThat(rules(generate(checkpoint, day, day, "CUSTOM", pool, List.of(), 1))).containsExactly("slots:notEmpty");
		assertThat(generate(checkpoint, day, day, "THREE_EIGHTS", pool, List.of(), 0).json().toString()).contains("每班至少要有 1 人");
		assertThat(items(fx.get("demo-township", "/api/v1/checkpoints/" + checkpoint + "/shifts?from=" + day + "&to=" + day)
			.json())).isEmpty();
		assertThat(fx.get("demo-township", "/api/v1/checkpoints/" + checkpoint + "/shifts?from=x&to=" + day).status()).isEqualTo(400);
		assertThat(generate(checkpoint, day, day, "THREE_EIGHTS", pool, List.of(), 1, "demo-grid").status()).isEqualTo(403);

		Map<String, Object> custom = body(day, day, "CUSTOM", pool, List.of(), 1);
		custom.put("slots", List.of(Map.of("start", "06:00", "hours", 10), Map.of("start", "18:00", "hours", 10)));
		List<JsonNode> shifts = items(fx.post("demo-township", "/api/v1/checkpoints/" + checkpoint + "/rosters:generate", custom).json());
		assertThat(shifts).extracting(s -> s.path("localStart").asString()).containsExactly(day + "T06:00:00", day + "T18:00:00");
	}

	@Test
	void thePersonOnDutyChecksInAtTheirSiteOnceAndIsRefusedAtAnother() {
		long checkpoint = checkpoint();
		long other = checkpoint();
		List<Long> pool = staff(6, HealthFixtures.TOWNSHIP);
		LocalDate today = HealthFixtures.today();
		List<JsonNode> shifts = items(generate(checkpoint, today, today, "THREE_EIGHTS", pool, List.of(), 1).json());
		Instant now = Instant.now();
		JsonNode current = shifts.stream()
			.filter(s -> !Instant.parse(s.path("startsAt").asString()).isAfter(now) && Instant.parse(s.path("endsAt").asString()).isAfter(now))
			.findFirst().orElseThrow();
		String person = current.path("people").get(0).path("username").asString();
		String site = database.find(checkpoint, "/%").orElseThrow().siteCode();
		String otherSite = database.find(other, "/%").orElseThrow().siteCode();

		Reply wrong = fx.post(person, "/api/v1/checkpoints/duty", Map.of("siteCode", otherSite));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(rules(wrong)).containsExactly("siteCode:yourSite");
		assertThat(wrong.json().toString()).contains("扫错卡点");

		Reply in = fx.post(person, "/api/v1/checkpoints/duty", Map.of("siteCode", site));
		assertThat(in.status()).as(in.json().toString()).isEqualTo(200);
		assertThat(in.json().path("shiftId").asLong()).isEqualTo(current.path("id").asLong());
		assertThat(in.json().path("already").asBoolean()).isFalse();
		Reply twice = fx.post(person, "/api/v1/checkpoints/duty", Map.of("siteCode", site));
		assertThat(twice.json().path("already").asBoolean()).isTrue();
		assertThat(twice.json().path("checkedInAt").asString()).isEqualTo(in.json().path("checkedInAt").asString());

		String idle = staffUsername(HealthFixtures.TOWNSHIP);
		assertThat(rules(fx.post(idle, "/api/v1/checkpoints/duty", Map.of("siteCode", site)))).containsExactly("siteCode:onDuty");
		assertThat(fx.post(person, "/api/v1/checkpoints/duty", Map.of("siteCode", "0".repeat(32))).status()).isEqualTo(404);
		assertThat(fx.post(person, "/api/v1/checkpoints/duty", Map.of("siteCode", "")).status()).isEqualTo(400);

		JsonNode mine = fx.get(person, "/api/v1/my-shifts").json();
		assertThat(ids(items(mine))).contains(current.path("id").asLong());
		assertThat(items(mine).getFirst().path("people").toString()).contains("checkedInAt");
	}

	@Test
	void thePersonOnDutyAsksForASwapAndTheTownshipApprovesOrRefusesIt() {
		long checkpoint = checkpoint();
		List<Long> pool = staff(3, HealthFixtures.TOWNSHIP);
		LocalDate day = HealthFixtures.today().plusDays(60);
		JsonNode shift = items(generate(checkpoint, day, day, "TWO_TWELVES", pool.subList(0, 2), List.of(), 1).json()).getFirst();
		JsonNode onIt = shift.path("people").get(0);
		long spare = pool.get(2);
		Reply notMine = fx.post("demo-township", "/api/v1/shifts/" + shift.path("id").asLong() + "/swaps", Map.of("toUserId", spare));
		assertThat(notMine.status()).isEqualTo(403);
		Reply asked = fx.post(onIt.path("username").asString(), "/api/v1/shifts/" + shift.path("id").asLong() + "/swaps",
				Map.of("toUserId", spare));
		assertThat(asked.status()).as(asked.json().toString()).isEqualTo(200);
		assertThat(asked.json().path("status").asString()).isEqualTo("REQUESTED");
		long swap = asked.json().path("id").asLong();
		assertThat(fx.post(onIt.path("username").asString(), "/api/v1/shifts/" + shift.path("id").asLong() + "/swaps",
				Map.of("toUserId", spare)).json().path("id").asLong()).isEqualTo(swap);
		assertThat(fx.post(onIt.path("username").asString(), "/api/v1/swaps/" + swap + "/approve", Map.of()).status()).isEqualTo(403);

		Reply approved = fx.post("demo-township", "/api/v1/swaps/" + swap + "/approve", Map.of());
		assertThat(approved.status()).as(approved.json().toString()).isEqualTo(200);
		assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");
		JsonNode after = fx.get("demo-township", "/api/v1/shifts/" + shift.path("id").asLong()).json();
		assertThat(after.path("people").toString()).contains("\"userId\":" + spare).doesNotContain("\"userId\":" + onIt.path("userId").asLong());
		assertThat(fx.post("demo-township", "/api/v1/swaps/" + swap + "/refuse", Map.of()).status()).isEqualTo(409);

		// The spare now holds the day shift: handing them the night shift right after it is refused at approval.
		JsonNode night = items(fx.get("demo-township", "/api/v1/checkpoints/" + checkpoint + "/shifts?from=" + day + "&to=" + day)
			.json()).get(1);
		String nightPerson = night.path("people").get(0).path("username").asString();
		long second = fx.post(nightPerson, "/api/v1/shifts/" + night.path("id").asLong() + "/swaps", Map.of("toUserId", spare))
			.json().path("id").asLong();
		Reply breaks = fx.post("demo-township", "/api/v1/swaps/" + second + "/approve", Map.of());
		assertThat(breaks.status()).isEqualTo(400);
		assertThat(rules(breaks)).containsExactly("toUserId:notInARow");
		Reply refused = fx.post("demo-township", "/api/v1/swaps/" + second + "/refuse", Map.of());
		assertThat(refused.json().path("status").asString()).isEqualTo("REFUSED");
	}

	// ---- helpers

	private long checkpoint() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "排班卡点" + UUID.randomUUID().toString().substring(0, 8));
		body.put("level", "TOWNSHIP_BORDER");
		body.put("jurisdictionCode", HealthFixtures.TOWNSHIP);
		body.put("agencies", List.of("TOWNSHIP"));
		body.put("openedOn", HealthFixtures.today().minusDays(1).toString());
		return fx.post("demo-township", "/api/v1/checkpoints", body).json().path("id").asLong();
	}

	private List<Long> staff(int count, String place) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(fx.userId(staffUsername(place)));
		}
		return ids;
	}

	private String staffUsername(String place) {
		String username = "r-" + UUID.randomUUID().toString().substring(0, 12);
		Reply created = fx.post("demo-admin", "/api/v1/users", Map.of("username", username, "displayName",
				"排班" + username.substring(2, 6), "password", ApiClient.PASSWORD, "role", "CHECKPOINT_STAFF", "jurisdictionCode", place));
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
		return username;
	}

	private Reply generate(long checkpoint, LocalDate from, LocalDate to, String pattern, List<Long> pool, List<Long> leaders,
			int min) {
		return generate(checkpoint, from, to, pattern, pool, leaders, min, "demo-township");
	}

	private Reply generate(long checkpoint, LocalDate from, LocalDate to, String pattern, List<Long> pool, List<Long> leaders,
			int min, String as) {
		return fx.post(as, "/api/v1/checkpoints/" + checkpoint + "/rosters:generate", body(from, to, pattern, pool, leaders, min));
	}

	private static Map<String, Object> body(LocalDate from, LocalDate to, String pattern, List<Long> pool, List<Long> leaders,
			int min) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("from", from.toString());
		body.put("to", to.toString());
		body.put("pattern", pattern);
		body.put("poolUserIds", pool);
		body.put("leaderUserIds", leaders);
		body.put("minPerShift", min);
		return body;
	}

	/** The shift straight before or after {@code shift} on its day. */
	private static JsonNode neighbour(List<JsonNode> shifts, JsonNode shift) {
		int at = shifts.indexOf(shift);
		return shifts.get(at + 1 < shifts.size() ? at + 1 : at - 1);
	}

	/** The items of a list's answer ({@code {items, nextCursor}}). */
	private static List<JsonNode> items(JsonNode list) {
		return StreamSupport.stream(list.path("items").spliterator(), false).toList();
	}

	private static List<Long> ids(List<JsonNode> nodes) {
		return nodes.stream().map(n -> n.path("id").asLong()).toList();
	}

	private static List<String> rules(Reply reply) {
		assertThat(reply.status()).as(reply.json().toString()).isEqualTo(400);
		List<String> rules = new ArrayList<>();
		reply.json().path("violations").forEach(v -> rules.add(v.path("field").asString() + ":" + v.path("rule").asString()));
		return rules;
	}
}
