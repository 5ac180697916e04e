package org.bastion.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bastion.shared.Masking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * People and households over HTTP against the whole application with the demo county loaded. The
 * database is shared with other tests, so every person here has a fresh ID number, phone and name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PeopleApiTests {

	private static final String COUNTY = "511528";

	private static final String TOWNSHIP = "511528103";

	private static final String PASSWORD = "demo12345";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> TOKENS = new HashMap<>();

	@LocalServerPort
	int port;

	RestClient http;

	@BeforeEach
	void client() {
		http = RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.requestFactory(new JdkClientHttpRequestFactory(
					HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()))
			.build();
	}

	@Test
	void registeringDerivesBirthDateSexAndAge() {
		LocalDate birth = LocalDate.of(1984, 2, 29);
		String id = IdNumber.of(COUNTY, birth, 901).value();
		Reply reply = post("demo-county", "/api/v1/people", person(id, uniqueName("赵"), uniquePhone(), TOWNSHIP));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.headers().getLocation()).isNotNull();
		assertThat(reply.headers().getLocation().getPath()).isEqualTo("/api/v1/people/" + reply.json().path("id").asLong());
		assertThat(reply.json().path("idNumber").asString()).isEqualTo(id);
		assertThat(reply.json().path("birthDate").asString()).isEqualTo("1984-02-29");
		assertThat(reply.json().path("sex").asString()).isEqualTo("MALE");
		assertThat(reply.json().path("age").asInt()).isGreaterThanOrEqualTo(36);
		assertThat(reply.json().path("jurisdictionCode").asString()).isEqualTo(TOWNSHIP);
		assertThat(reply.json().path("warnings").isArray()).isTrue();

		Reply read = get("demo-county", "/api/v1/people/" + reply.json().path("id").asLong());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("name").asString()).isEqualTo(reply.json().path("name").asString());
	}

	@Test
	void aFifteenDigitNumberIsStoredAsEighteen() {
		// First-generation numbers hold the birth date as yymmdd of the 1900s and have no check character.
		LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(25_000));
		String old = COUNTY + "%02d%02d%02d".formatted(birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth())
				+ "%03d".formatted(500 + ThreadLocalRandom.current().nextInt(500));
		Reply reply = post("demo-county", "/api/v1/people", person(old, uniqueName("钱"), null, TOWNSHIP));

		assertThat(reply.status()).isEqualTo(201);
		assertThat(reply.json().path("idNumber").asString()).isEqualTo(IdNumber.parse(old).value());
		assertThat(reply.json().path("birthDate").asString()).isEqualTo(birth.toString());
	}

	@Test
	void aWrongCheckCharacterIsRefusedOnTheIdNumberField() {
		String id = uniqueId();
		String wrong = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
		Reply reply = post("demo-county", "/api/v1/people", person(wrong, uniqueName("孙"), null, TOWNSHIP));

		assertThat(reply.status()).isEqualTo(400);
		assertThat(reply.headers().getContentType().toString()).contains("application/problem+json");
		assertThat(violations(reply)).containsKey("idNumber");
		assertThat(violations(reply).get("idNumber")).isNotBlank();
	}

	@Test
	void aMissingNameAndABadPhoneAreEachNamed() {
		Map<String, Object> body = person(uniqueId(), "", "12345", TOWNSHIP);
		Reply reply = post("demo-county", "/api/v1/people", body);
		assertThat(reply.status()).isEqualTo(400);
		assertThat(violations(reply)).containsKey("name");

		Reply badPhone = post("demo-county", "/api/v1/people", person(uniqueId(), uniqueName("李"), "12345", TOWNSHIP));
		assertThat(badPhone.status()).isEqualTo(400);
		assertThat(violations(badPhone)).containsKey("phone");
	}

	@Test
	void aSecondRegistrationOfAnIdNumberAnswersConflictWithTheExistingPerson() {
		String id = uniqueId();
		Reply first = post("demo-county", "/api/v1/people", person(id, uniqueName("周"), null, TOWNSHIP));
		assertThat(first.status()).isEqualTo(201);

		Reply second = post("demo-county", "/api/v1/people", person(id, uniqueName("吴"), null, TOWNSHIP));
		assertThat(second.status()).isEqualTo(409);
		assertThat(second.json().path("existing").path("id").asLong()).isEqualTo(first.json().path("id").asLong());
	}

	@Test
	void theSameNameAndPhoneIsAllowedWithAWarning() {
		String name = uniqueName("郑");
		String phone = uniquePhone();
		Reply first = post("demo-county", "/api/v1/people", person(uniqueId(), name, phone, TOWNSHIP));
		Reply second = post("demo-county", "/api/v1/people", person(uniqueId(), name, phone, TOWNSHIP));

		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().path("warnings").size()).isZero();
		assertThat(second.status()).isEqualTo(201);
		JsonNode warning = second.json().path("warnings").path(0);
		assertThat(warning.path("code").asString()).isEqualTo("person.duplicate.namePhone");
		assertThat(warning.path("message").asString()).isNotBlank();
		assertThat(warning.path("personIds").path(0).asLong()).isEqualTo(first.json().path("id").asLong());
	}

	@Test
	void aRetriedRegistrationIsStoredOnce() {
		String id = uniqueId();
		Map<String, Object> body = person(id, uniqueName("冯"), null, TOWNSHIP);
		body.put("clientId", "test-" + java.util.UUID.randomUUID());
		Reply first = post("demo-county", "/api/v1/people", body);
		Reply again = post("demo-county", "/api/v1/people", body);

		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
		assertThat(get("demo-county", "/api/v1/people?q=" + id).json().path("items").size()).isEqualTo(1);

		String key = java.util.UUID.randomUUID().toString();
		Map<String, Object> other = person(uniqueId(), uniqueName("陈"), null, TOWNSHIP);
		Reply withKey = call(HttpMethod.POST, "demo-county", "/api/v1/people", other, Map.of("Idempotency-Key", key));
		Reply withKeyAgain = call(HttpMethod.POST, "demo-county", "/api/v1/people", other,
				Map.of("Idempotency-Key", key));
		assertThat(withKey.status()).isEqualTo(201);
		assertThat(withKeyAgain.json().path("id").asLong()).isEqualTo(withKey.json().path("id").asLong());
	}

	@Test
	void searchFindsByIdNumberPhoneNameAndDigits() {
		String id = uniqueId();
		String phone = uniquePhone();
		String name = uniqueName("褚");
		long personId = post("demo-county", "/api/v1/people", person(id, name, phone, TOWNSHIP)).json()
			.path("id")
			.asLong();

		assertThat(searchIds("demo-county", id)).containsExactly(personId);
		assertThat(searchIds("demo-county", id.substring(0, 17) + Character.toLowerCase(id.charAt(17))))
			.containsExactly(personId);
		assertThat(searchIds("demo-county", phone)).containsExactly(personId);
		assertThat(searchIds("demo-county", phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7)))
			.containsExactly(personId);
		assertThat(searchIds("demo-county", name)).containsExactly(personId);
		assertThat(searchIds("demo-county", name.substring(0, 3))).contains(personId);
		assertThat(searchIds("demo-county", id.substring(10))).contains(personId);
		assertThat(searchIds("demo-county", phone.substring(3))).contains(personId);

		Reply scoped = get("demo-county", "/api/v1/people?q=" + enc(name) + "&jurisdiction=" + TOWNSHIP);
		assertThat(scoped.json().path("items").size()).isEqualTo(1);
		Reply tooShort = get("demo-county", "/api/v1/people?q=12");
		assertThat(tooShort.status()).isEqualTo(200);
		assertThat(tooShort.json().path("items").size()).isZero();
	}

	@Test
	void searchPagesWithACursor() {
		String prefix = uniqueName("卫");
		List<Long> registered = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			registered.add(post("demo-county", "/api/v1/people", person(uniqueId(), prefix + i, null, TOWNSHIP)).json()
				.path("id")
				.asLong());
		}
		Reply first = get("demo-county", "/api/v1/people?q=" + enc(prefix) + "&limit=2");
		assertThat(first.json().path("items").size()).isEqualTo(2);
		String cursor = first.json().path("nextCursor").asString();
		assertThat(cursor).isNotBlank();
		Reply second = get("demo-county", "/api/v1/people?q=" + enc(prefix) + "&limit=2&cursor=" + cursor);
		assertThat(second.json().path("items").size()).isEqualTo(1);
		assertThat(second.json().path("nextCursor").isNull() || second.json().path("nextCursor").isMissingNode()).isTrue();
		List<Long> all = new ArrayList<>(ids(first));
		all.addAll(ids(second));
		assertThat(all).containsExactlyInAnyOrderElementsOf(registered);
		assertThat(get("demo-county", "/api/v1/people?cursor=abc").status()).isEqualTo(400);
	}

	@Test
	void aTownshipUserCannotReachAnotherTownship() {
		String other = otherTownship();
		long outside = post("demo-county", "/api/v1/people", person(uniqueId(), uniqueName("蒋"), null, other)).json()
			.path("id")
			.asLong();

		assertThat(get("demo-township", "/api/v1/people/" + outside).status()).isEqualTo(404);
		assertThat(call(HttpMethod.POST, "demo-township", "/api/v1/people/" + outside + "/reveal", null, Map.of())
			.status()).isEqualTo(404);
		assertThat(put("demo-township", "/api/v1/people/" + outside, changes(uniqueName("沈"), other)).status())
			.isEqualTo(404);
		Reply register = post("demo-township", "/api/v1/people", person(uniqueId(), uniqueName("韩"), null, other));
		assertThat(register.status()).isEqualTo(403);
		assertThat(searchIds("demo-township", "")).doesNotContain(outside);
		assertThat(get("demo-township", "/api/v1/people?jurisdiction=" + other).status()).isEqualTo(404);

		long inside = post("demo-township", "/api/v1/people", person(uniqueId(), uniqueName("杨"), null, TOWNSHIP))
			.json()
			.path("id")
			.asLong();
		assertThat(get("demo-township", "/api/v1/people/" + inside).status()).isEqualTo(200);
	}

	@Test
	void aLeaderSeesMaskedNumbersRevealsThemAndCannotWrite() {
		String id = uniqueId();
		String phone = uniquePhone();
		long personId = post("demo-county", "/api/v1/people", person(id, uniqueName("朱"), phone, TOWNSHIP)).json()
			.path("id")
			.asLong();

		Reply masked = get("demo-leader", "/api/v1/people/" + personId);
		assertThat(masked.status()).isEqualTo(200);
		assertThat(masked.json().path("idNumber").asString()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
		assertThat(masked.json().path("phone").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
		assertThat(masked.json().path("masked").asBoolean()).isTrue();
		assertThat(searchItems("demo-leader", id).path(0).path("idNumber").asString()).contains("*");

		Reply revealed = call(HttpMethod.POST, "demo-leader", "/api/v1/people/" + personId + "/reveal", null, Map.of());
		assertThat(revealed.status()).isEqualTo(200);
		assertThat(revealed.json().path("idNumber").asString()).isEqualTo(id);
		assertThat(revealed.json().path("phone").asString()).isEqualTo(phone);

		assertThat(post("demo-leader", "/api/v1/people", person(uniqueId(), uniqueName("秦"), null, TOWNSHIP)).status())
			.isEqualTo(403);
		assertThat(put("demo-leader", "/api/v1/people/" + personId, changes(uniqueName("尤"), TOWNSHIP)).status())
			.isEqualTo(403);
	}

	@Test
	void aMaskedRoleSearchesByNameOrAWholeNumberOnlyAndARevealIsAudited() {
		String id = uniqueId();
		String phone = uniquePhone();
		String name = uniqueName("严");
		long personId = post("demo-county", "/api/v1/people", person(id, name, phone, TOWNSHIP)).json()
			.path("id")
			.asLong();

		// Digits at the start or end, narrowed search by search, would spell out what masking hides.
		for (String partial : List.of(id.substring(0, 14), phone.substring(0, 7), id.substring(10), phone.substring(7))) {
			Reply refused = get("demo-leader", "/api/v1/people?q=" + partial);
			assertThat(refused.status()).as(partial).isEqualTo(400);
			assertThat(refused.json().toString()).contains("\"q\"").contains("完整身份证号");
		}
		assertThat(searchItems("demo-leader", id).path(0).path("id").asLong()).isEqualTo(personId);
		assertThat(searchItems("demo-leader", phone).path(0).path("id").asLong()).isEqualTo(personId);
		assertThat(searchItems("demo-leader", name).path(0).path("id").asLong()).isEqualTo(personId);
		// Roles that read numbers in full still find by their digits, and read the results masked like everyone.
		JsonNode byDigits = searchItems("demo-county", id.substring(0, 14));
		assertThat(byDigits.findValuesAsString("idNumber")).contains(Masking.idNumber(id)).doesNotContain(id);
		assertThat(byDigits.findValuesAsString("phone")).contains(Masking.phone(phone)).doesNotContain(phone);

		assertThat(page(signIn("demo-leader"), "/people?q=" + id.substring(0, 14))).contains("完整身份证号")
			.doesNotContain(id);

		call(HttpMethod.POST, "demo-leader", "/api/v1/people/" + personId + "/reveal", null, Map.of());
		assertThat(get("demo-admin", "/api/v1/audit?action=REVEAL&limit=100").json().toString())
			.contains("person:" + personId);
	}

	@Test
	void anUpdateKeepsMaskedValuesAndRefusesAStaleVersion() {
		String id = uniqueId();
		String phone = uniquePhone();
		JsonNode created = post("demo-county", "/api/v1/people", person(id, uniqueName("许"), phone, TOWNSHIP)).json();
		long personId = created.path("id").asLong();

		Map<String, Object> changes = changes(uniqueName("何"), TOWNSHIP);
		changes.put("documentType", "RESIDENT_ID");
		changes.put("idNumber", id);
		changes.put("phone", phone);
		changes.put("address", "共乐镇新街1号");
		changes.put("careFlags", List.of("HARDSHIP"));
		changes.put("version", created.path("version").asInt());
		Reply updated = put("demo-county", "/api/v1/people/" + personId, changes);
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().path("address").asString()).isEqualTo("共乐镇新街1号");
		assertThat(updated.json().path("careFlags").path(0).asString()).isEqualTo("HARDSHIP");
		assertThat(updated.json().path("idNumber").asString()).isEqualTo(id);

		Reply stale = put("demo-county", "/api/v1/people/" + personId, changes);
		assertThat(stale.status()).isEqualTo(409);

		changes.put("version", null);
		changes.put("idNumber", Masking.idNumber(id));
		changes.put("phone", Masking.phone(phone));
		Reply maskedEcho = put("demo-county", "/api/v1/people/" + personId, changes);
		assertThat(maskedEcho.status()).isEqualTo(200);
		assertThat(maskedEcho.json().path("idNumber").asString()).isEqualTo(id);
		assertThat(maskedEcho.json().path("phone").asString()).isEqualTo(phone);
	}

	@Test
	void scriptAndSqlInANameAreStoredVerbatimAndEscapedOnThePage() {
		String hostile = "<script>alert(1)</script>');DROP TABLE person;--" + randomDigits(2);
		Reply created = post("demo-county", "/api/v1/people", person(uniqueId(), hostile, null, TOWNSHIP));
		assertThat(created.status()).isEqualTo(201);
		long personId = created.json().path("id").asLong();
		assertThat(get("demo-county", "/api/v1/people/" + personId).json().path("name").asString()).isEqualTo(hostile);
		assertThat(searchIds("demo-county", hostile)).contains(personId);

		String session = signIn("demo-county");
		String page = page(session, "/people/" + personId);
		assertThat(page).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(");
		String results = page(session, "/people?q=" + enc("<script>alert"));
		assertThat(results).doesNotContain("<script>alert(");
	}

	@Test
	void hugeAndMalformedInputAnswersBadRequest() {
		assertThat(post("demo-county", "/api/v1/people", person(uniqueId(), "名".repeat(10_000), null, TOWNSHIP)).status())
			.isEqualTo(400);
		assertThat(post("demo-county", "/api/v1/people", person("1".repeat(5_000), uniqueName("吕"), null, TOWNSHIP))
			.status()).isEqualTo(400);
		Map<String, Object> hugeAddress = person(uniqueId(), uniqueName("施"), null, TOWNSHIP);
		hugeAddress.put("address", "路".repeat(100_000));
		assertThat(post("demo-county", "/api/v1/people", hugeAddress).status()).isEqualTo(400);
		Map<String, Object> hugeCode = person(uniqueId(), uniqueName("张"), null, "9".repeat(10_000));
		assertThat(post("demo-county", "/api/v1/people", hugeCode).status()).isEqualTo(400);
		Map<String, Object> unknownCode = person(uniqueId(), uniqueName("孔"), null, "999999");
		Reply unknown = post("demo-county", "/api/v1/people", unknownCode);
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(violations(unknown)).containsKey("jurisdictionCode");
		Map<String, Object> badFlag = person(uniqueId(), uniqueName("曹"), null, TOWNSHIP);
		badFlag.put("careFlags", List.of("NOT_A_FLAG"));
		assertThat(post("demo-county", "/api/v1/people", badFlag).status()).isEqualTo(400);
		Map<String, Object> badDate = person(null, uniqueName("严"), null, TOWNSHIP);
		badDate.put("documentType", "NONE");
		badDate.put("birthDate", "2020-02-30");
		assertThat(post("demo-county", "/api/v1/people", badDate).status()).isEqualTo(400);

		assertThat(get("demo-county", "/api/v1/people?q=" + "9".repeat(5_000)).status()).isEqualTo(400);
		assertThat(get("demo-county", "/api/v1/people/abc").status()).isEqualTo(400);
		assertThat(get("demo-county", "/api/v1/people/99999999999999999999999").status()).isEqualTo(400);
		assertThat(get("demo-county", "/api/v1/people/" + Long.MAX_VALUE).status()).isEqualTo(404);
		assertThat(get("demo-county", "/api/v1/people?limit=-5").status()).isEqualTo(200);
		assertThat(call(HttpMethod.POST, "demo-county", "/api/v1/people", "{not json", Map.of()).status()).isEqualTo(400);
		assertThat(call(HttpMethod.POST, "demo-county", "/api/v1/people", null,
				Map.of("Idempotency-Key", "k".repeat(65))).status()).isEqualTo(400);
	}

	@Test
	void personsWithoutAResidentIdAreRegisteredWithAnotherDocument() {
		Map<String, Object> infant = person(null, uniqueName("婴"), null, TOWNSHIP);
		infant.put("documentType", "NONE");
		infant.put("birthDate", LocalDate.now().minusDays(10).toString());
		infant.put("sex", "FEMALE");
		infant.put("careFlags", List.of("SMALL_CHILD"));
		Reply baby = post("demo-county", "/api/v1/people", infant);
		assertThat(baby.status()).isEqualTo(201);
		assertThat(baby.json().path("idNumber").isNull()).isTrue();
		assertThat(baby.json().path("sex").asString()).isEqualTo("FEMALE");
		assertThat(baby.json().path("age").asInt()).isZero();

		Map<String, Object> foreigner = person(null, "John Smith " + randomDigits(6), null, TOWNSHIP);
		String passport = "E" + randomDigits(8);
		foreigner.put("documentType", "PASSPORT");
		foreigner.put("documentNumber", passport);
		Reply visitor = post("demo-county", "/api/v1/people", foreigner);
		assertThat(visitor.status()).isEqualTo(201);
		assertThat(searchIds("demo-county", passport)).containsExactly(visitor.json().path("id").asLong());

		Map<String, Object> nothing = person(null, uniqueName("无"), null, TOWNSHIP);
		Reply refused = post("demo-county", "/api/v1/people", nothing);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(violations(refused)).containsKey("documentType");
	}

	@Test
	void aHouseholdHasAHeadAndMembersWhoBelongToNoOtherHousehold() {
		long head = register(TOWNSHIP);
		long spouse = register(TOWNSHIP);
		long child = register(TOWNSHIP);

		Reply created = post("demo-county", "/api/v1/households",
				Map.of("jurisdictionCode", TOWNSHIP, "address", "共乐镇" + randomDigits(3) + "号", "headPersonId", head));
		assertThat(created.status()).isEqualTo(201);
		long household = created.json().path("id").asLong();
		assertThat(created.headers().getLocation().getPath()).isEqualTo("/api/v1/households/" + household);
		assertThat(created.json().path("headPersonId").asLong()).isEqualTo(head);

		assertThat(post("demo-county", "/api/v1/households/" + household + "/members",
				Map.of("personId", spouse, "relation", "SPOUSE")).status()).isEqualTo(200);
		Reply withChild = post("demo-county", "/api/v1/households/" + household + "/members",
				Map.of("personId", child, "relation", "CHILD"));
		assertThat(withChild.json().path("members").size()).isEqualTo(3);
		assertThat(withChild.json().path("members").path(0).path("id").asLong()).isEqualTo(head);
		assertThat(get("demo-county", "/api/v1/people/" + spouse).json().path("householdId").asLong()).isEqualTo(household);

		long otherHousehold = post("demo-county", "/api/v1/households", Map.of("jurisdictionCode", TOWNSHIP)).json()
			.path("id")
			.asLong();
		Reply elsewhere = post("demo-county", "/api/v1/households/" + otherHousehold + "/members",
				Map.of("personId", child, "relation", "CHILD"));
		assertThat(elsewhere.status()).isEqualTo(409);

		Reply newHead = put("demo-county", "/api/v1/households/" + household + "/head", Map.of("personId", spouse));
		assertThat(newHead.status()).isEqualTo(200);
		assertThat(newHead.json().path("headPersonId").asLong()).isEqualTo(spouse);
		assertThat(get("demo-county", "/api/v1/people/" + spouse).json().path("relationToHead").asString()).isEqualTo("HEAD");

		Reply removed = call(HttpMethod.DELETE, "demo-county", "/api/v1/households/" + household + "/members/" + child,
				null, Map.of());
		assertThat(removed.status()).isEqualTo(200);
		assertThat(removed.json().path("members").size()).isEqualTo(2);
		assertThat(get("demo-county", "/api/v1/people/" + child).json().path("householdId").isNull()).isTrue();
		assertThat(put("demo-county", "/api/v1/households/" + household + "/head", Map.of("personId", child)).status())
			.isEqualTo(400);

		assertThat(get("demo-county", "/api/v1/households/" + household).json().path("members").size()).isEqualTo(2);
		String other = otherTownship();
		long outsider = register(other);
		assertThat(post("demo-township", "/api/v1/households/" + household + "/members",
				Map.of("personId", outsider, "relation", "OTHER")).status()).isEqualTo(400);
		long outsideHousehold = post("demo-county", "/api/v1/households", Map.of("jurisdictionCode", other)).json()
			.path("id")
			.asLong();
		assertThat(get("demo-township", "/api/v1/households/" + outsideHousehold).status()).isEqualTo(404);
		assertThat(post("demo-leader", "/api/v1/households", Map.of("jurisdictionCode", TOWNSHIP)).status())
			.isEqualTo(403);
	}

	@Test
	void withoutATokenThePeopleApiAnswersUnauthorized() {
		Reply reply = http.get().uri("/api/v1/people").exchange((req, res) -> new Reply(res.getStatusCode().value(),
				res.getHeaders(), null, ""));
		assertThat(reply.status()).isEqualTo(401);
	}

	@Test
	void theRegistrationFormShowsTheRuleBesideTheField() {
		String session = signIn("demo-county");
		String form = page(session, "/people/new");
		assertThat(form).contains("id=\"register-submit\"", "name=\"idNumber\"", "name=\"jurisdictionCode\"",
				"inputmode=\"numeric\"", "value=\"" + COUNTY + "\"");
		String id = uniqueId();
		String wrong = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf(form));
		fields.put("clientId", clientId(form));
		fields.put("name", uniqueName("沈"));
		fields.put("documentType", "RESIDENT_ID");
		fields.put("idNumber", wrong);
		fields.put("jurisdictionCode", TOWNSHIP);
		fields.put("phone", "");
		Reply refused = submit(session, "/people", fields);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("class=\"field-error\"", "id=\"idNumber-error\"", "id=\"form-errors\"",
				"data-lookup=\"/people/lookup?purpose=person\"");

		// A birth date that is no date, a blank name and a bad phone with the bad number: all four at once.
		Map<String, String> fourWrong = new LinkedHashMap<>(fields);
		fourWrong.put("name", "");
		fourWrong.put("documentType", "PASSPORT");
		fourWrong.put("idNumber", "");
		fourWrong.put("documentNumber", "E1");
		fourWrong.put("birthDate", "yesterday");
		fourWrong.put("phone", "12345");
		Reply all = submit(session, "/people", fourWrong);
		assertThat(all.text()).contains("id=\"birthDate-error\"", "id=\"name-error\"", "id=\"phone-error\"",
				"id=\"documentNumber-error\"", "有 4 处需要改正");

		fields.put("idNumber", id);
		fields.put("careFlags", "HARDSHIP");
		Reply registered = submit(session, "/people", fields);
		assertThat(registered.status()).isEqualTo(302);
		String location = registered.headers().getLocation().getPath();
		assertThat(location).startsWith("/people/");
		assertThat(submit(session, "/people", fields).headers().getLocation().getPath()).isEqualTo(location);
		String personPage = page(session, location);
		assertThat(personPage).contains(id, "id=\"person-household-create\"");

		String edit = page(session, location + "/edit");
		assertThat(edit).contains("id=\"save-submit\"", id);
		Map<String, String> changed = new LinkedHashMap<>(fields);
		changed.put("_csrf", csrf(edit));
		changed.put("version", hidden(edit, "version"));
		changed.put("address", "共乐镇<b>新街</b>");
		Reply saved = submit(session, location, changed);
		assertThat(saved.status()).isEqualTo(302);
		assertThat(page(session, location)).contains("共乐镇&lt;b&gt;新街&lt;/b&gt;");

		Reply household = submit(session, "/households", Map.of("_csrf", csrf(personPage), "jurisdictionCode", TOWNSHIP,
				"headPersonId", location.substring("/people/".length())));
		assertThat(household.status()).isEqualTo(302);
		String householdPage = page(session, household.headers().getLocation().getPath());
		assertThat(householdPage).contains("id=\"household-members\"", "id=\"member-add\"");
		Reply badMember = submit(session, household.headers().getLocation().getPath() + "/members",
				Map.of("_csrf", csrf(householdPage), "personId", "abc"));
		assertThat(badMember.status()).isEqualTo(302);
		assertThat(page(session, household.headers().getLocation().getPath())).contains("id=\"household-problem\"");

		String leader = signIn("demo-leader");
		String masked = page(leader, location);
		assertThat(masked).contains(Masking.idNumber(id)).contains("id=\"person-reveal\"").doesNotContain(id);
		Reply revealed = submit(leader, location + "/reveal", Map.of("_csrf", csrf(masked)));
		assertThat(revealed.text()).contains(id);
	}

	@Test
	void theSearchPageShowsCardsAndLoadsMoreWithHtmx() {
		String session = signIn("demo-township");
		String first = page(session, "/people");
		assertThat(first).contains("id=\"people-q\"", "name=\"q\"", "class=\"person-card\"", "id=\"people-more\"");
		Matcher more = Pattern.compile("href=\"(/people\\?[^\"]*cursor=[0-9]+)\"").matcher(first);
		assertThat(more.find()).isTrue();
		String path = more.group(1).replace("&amp;", "&");
		Reply next = http.get().uri(URI.create("http://localhost:" + port + path)).headers(h -> {
			h.set(HttpHeaders.COOKIE, session);
			h.set("HX-Request", "true");
		}).exchange((req, res) -> new Reply(res.getStatusCode().value(), res.getHeaders(), null,
				new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
		assertThat(next.status()).isEqualTo(200);
		assertThat(next.text()).contains("class=\"person-card\"").doesNotContain("<html", "people-q");

		String id = uniqueId();
		long personId = post("demo-township", "/api/v1/people", person(id, uniqueName("欧"), null, TOWNSHIP)).json()
			.path("id")
			.asLong();
		assertThat(page(session, "/people?q=" + id)).contains("id=\"person-" + personId + "\"");
		assertThat(page(session, "/people?q=12")).contains("class=\"warning\"");
		assertThat(page(session, "/people?q=" + "9".repeat(500))).contains("class=\"alert\"");
	}

	// ---- helpers

	private long register(String township) {
		return post("demo-county", "/api/v1/people", person(uniqueId(), uniqueName("华"), null, township)).json()
			.path("id")
			.asLong();
	}

	/** 古宋镇, a township of the demo county that the township account (共乐镇) does not cover. */
	private static String otherTownship() {
		return "511528100";
	}

	private static Map<String, Object> person(String idNumber, String name, String phone, String jurisdictionCode) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("idNumber", idNumber);
		body.put("name", name);
		body.put("phone", phone);
		body.put("jurisdictionCode", jurisdictionCode);
		return body;
	}

	private static Map<String, Object> changes(String name, String jurisdictionCode) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("jurisdictionCode", jurisdictionCode);
		body.put("documentType", "NONE");
		return body;
	}

	static String uniqueId() {
		return IdNumber.of(COUNTY, randomBirthDate(), 500 + ThreadLocalRandom.current().nextInt(500)).value();
	}

	private static LocalDate randomBirthDate() {
		return LocalDate.of(1940, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(25_000));
	}

	private static String uniquePhone() {
		return "199" + randomDigits(8);
	}

	/** A surname and three rare characters: no demo name looks like it. */
	private static String uniqueName(String surname) {
		String rare = "犇骉羴猋淼焱垚鑫森磊晶品毳惢叒聶蟲麤";
		StringBuilder name = new StringBuilder(surname);
		for (int i = 0; i < 4; i++) {
			name.append(rare.charAt(ThreadLocalRandom.current().nextInt(rare.length())));
		}
		return name.toString();
	}

	private static String randomDigits(int count) {
		StringBuilder digits = new StringBuilder();
		for (int i = 0; i < count; i++) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return digits.toString();
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private List<Long> searchIds(String user, String q) {
		return ids(get(user, "/api/v1/people?limit=100&q=" + enc(q)));
	}

	private JsonNode searchItems(String user, String q) {
		return get(user, "/api/v1/people?q=" + enc(q)).json().path("items");
	}

	private static List<Long> ids(Reply reply) {
		assertThat(reply.status()).isEqualTo(200);
		return reply.json().path("items").values().stream().map(item -> item.path("id").asLong()).toList();
	}

	private static Map<String, String> violations(Reply reply) {
		return reply.json()
			.path("violations")
			.values()
			.stream()
			.collect(Collectors.toMap(v -> v.path("field").asString(), v -> v.path("message").asString(), (a, b) -> a));
	}

	record Reply(int status, HttpHeaders headers, JsonNode json, String text) {
	}

	private Reply get(String user, String path) {
		return call(HttpMethod.GET, user, path, null, Map.of());
	}

	private Reply post(String user, String path, Object body) {
		return call(HttpMethod.POST, user, path, body, Map.of());
	}

	private Reply put(String user, String path, Object body) {
		return call(HttpMethod.PUT, user, path, body, Map.of());
	}

	private Reply call(HttpMethod method, String user, String path, Object body, Map<String, String> headers) {
		String token = token(user);
		RestClient.RequestBodySpec request = http.method(method).uri(URI.create("http://localhost:" + port + path))
			.headers(h -> {
				h.setBearerAuth(token);
				h.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
				headers.forEach(h::set);
			});
		if (body != null) {
			request.contentType(MediaType.APPLICATION_JSON)
				.body(body instanceof String text ? text : JSON.writeValueAsString(body));
		}
		else if (method == HttpMethod.POST || method == HttpMethod.PUT) {
			request.contentType(MediaType.APPLICATION_JSON).body("{}");
		}
		return request.exchange((req, res) -> {
			String text = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
			return new Reply(res.getStatusCode().value(), res.getHeaders(), text.isBlank() ? JSON.nullNode() : parse(text),
					text);
		});
	}

	private static JsonNode parse(String text) {
		try {
			return JSON.readTree(text);
		}
		catch (RuntimeException notJson) {
			return JSON.nullNode();
		}
	}

	private String token(String user) {
		return TOKENS.computeIfAbsent(user + "@" + port, key -> {
			String reply = http.post()
				.uri("/api/v1/auth/token")
				.contentType(MediaType.APPLICATION_JSON)
				.body(JSON.writeValueAsString(Map.of("username", user, "password", PASSWORD)))
				.retrieve()
				.body(String.class);
			return JSON.readTree(reply).path("token").asString();
		});
	}

	// ---- pages, with a session cookie as a browser would

	private String signIn(String user) {
		Reply login = pageReply(null, "/login");
		String cookie = cookie(login.headers());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("username", user);
		form.put("password", PASSWORD);
		form.put("_csrf", csrf(login.text()));
		Reply signedIn = submit(cookie, "/login", form);
		assertThat(signedIn.status()).isEqualTo(302);
		String session = cookie(signedIn.headers());
		return session == null ? cookie : session;
	}

	private String page(String session, String path) {
		Reply reply = pageReply(session, path);
		assertThat(reply.status()).as(path).isEqualTo(200);
		return reply.text();
	}

	private Reply pageReply(String session, String path) {
		return http.get().uri(URI.create("http://localhost:" + port + path)).headers(h -> {
			if (session != null) {
				h.set(HttpHeaders.COOKIE, session);
			}
			h.setAccept(List.of(MediaType.TEXT_HTML));
		}).exchange((req, res) -> new Reply(res.getStatusCode().value(), res.getHeaders(), null,
				new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
	}

	private Reply submit(String session, String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		return http.post().uri(URI.create("http://localhost:" + port + path)).headers(h -> {
			if (session != null) {
				h.set(HttpHeaders.COOKIE, session);
			}
			h.setAccept(List.of(MediaType.TEXT_HTML));
		}).contentType(MediaType.APPLICATION_FORM_URLENCODED).body(body).exchange((req, res) -> new Reply(
				res.getStatusCode().value(), res.getHeaders(), null,
				new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
	}

	private static String cookie(HttpHeaders headers) {
		List<String> cookies = headers.get(HttpHeaders.SET_COOKIE);
		if (cookies == null) {
			return null;
		}
		return cookies.stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
			.findFirst()
			.orElse(null);
	}

	private static String csrf(String html) {
		return hidden(html, "_csrf");
	}

	private static String clientId(String html) {
		return hidden(html, "clientId");
	}

	private static String hidden(String html, String name) {
		Matcher input = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(name) + "\"[^>]*>").matcher(html);
		assertThat(input.find()).as("hidden input " + name).isTrue();
		Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
		assertThat(value.find()).isTrue();
		return value.group(1);
	}
}
