package org.bastion.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.bastion.security.SystemTask;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notices over HTTP, in a township of the test's own with three villages: sent once however often the caller
 * retries, read once per account, a village read when one of its accounts opened it, the unread list
 * shrinking as they do; refused with the field named for an empty title, an area outside the sender's, an
 * attachment too large or of a type not taken; a directive from the county turned into the township's
 * guideline, each naming the other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RecordApplicationEvents
class NoticeApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Notices notices;

	@Autowired
	ApplicationEvents events;

	HealthFixtures fx;

	/** The test's township, its three villages, a grid of the first; accounts of each. */
	String township;

	List<String> villages;

	String grid;

	String hq;

	List<String> cadres;

	String gridWorker;

	@BeforeEach
	void tree() {
		fx = new HealthFixtures(port);
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		township = "NT" + suffix;
		node(township, "通知镇" + suffix, "511528");
		villages = new ArrayList<>();
		cadres = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			String village = township + "V" + i;
			node(village, "通知" + i + "村", township);
			villages.add(village);
			cadres.add(account("VILLAGE_CADRE", village, "村干部" + i));
		}
		grid = villages.getFirst() + "G1";
		node(grid, "一组", villages.getFirst());
		gridWorker = account("GRID_WORKER", grid, "网格员");
		hq = account("TOWNSHIP_STAFF", township, "镇指挥部");
	}

	@Test
	void aNoticeToTheTownshipIsStoredOnceAndItsUnreadListShrinksAsVillagesReadIt() {
		String clientId = UUID.randomUUID().toString();
		Map<String, Object> body = notice("NOTICE", "关于做好返乡人员排查的通知", List.of(township), null, clientId);
		Reply sent = fx.post(hq, "/api/v1/notices", body);
		assertThat(sent.status()).as(sent.json().toString()).isEqualTo(201);
		long id = sent.json().path("id").asLong();
		assertThat(sent.json().path("units").asInt()).as("the villages, not the township's own office").isEqualTo(3);
		assertThat(sent.json().path("readUnits").asInt()).isZero();
		assertThat(sent.json().path("sentByName").asString()).isEqualTo("镇指挥部");
		assertThat(sent.json().path("recipients").get(0).path("code").asString()).isEqualTo(township);
		Reply again = fx.post(hq, "/api/v1/notices", body);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("id").asLong()).isEqualTo(id);
		assertThat(again.json().path("replayed").asBoolean()).isTrue();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM command_notice WHERE client_id = ?").param(clientId).query(Long.class).single())
			.isEqualTo(1);

		JsonNode unread = fx.get(hq, "/api/v1/notices/" + id + "/unread").json();
		assertThat(codes(unread.path("unread"))).containsExactlyElementsOf(villages);
		assertThat(unread.path("units").asInt()).isEqualTo(3);
		assertThat(names(unread.path("unread").get(0).path("accounts"))).containsExactlyInAnyOrder("村干部1", "网格员");

		JsonNode inbox = fx.get(cadres.getFirst(), "/api/v1/notices").json();
		JsonNode mine = items(inbox).stream().filter(n -> n.path("id").asLong() == id).findFirst().orElseThrow();
		assertThat(mine.path("readAt").isNull()).isTrue();
		assertThat(mine.path("recipient").asBoolean()).isTrue();

		Reply read = fx.post(cadres.getFirst(), "/api/v1/notices/" + id + "/read", Map.of());
		assertThat(read.status()).as(read.json().toString()).isEqualTo(200);
		assertThat(read.json().path("unitCode").asString()).isEqualTo(villages.getFirst());
		assertThat(read.json().path("firstTime").asBoolean()).isTrue();
		Reply twice = fx.post(cadres.getFirst(), "/api/v1/notices/" + id + "/read", Map.of());
		assertThat(twice.status()).isEqualTo(409);
		assertThat(twice.json().path("detail").asString()).contains("已于", "阅读过", "关于做好返乡人员排查的通知");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM command_notice_read WHERE notice_id = ?").param(id).query(Long.class).single())
			.isEqualTo(1);
		assertThat(fx.post(gridWorker, "/api/v1/notices/" + id + "/read", Map.of()).json().path("unitCode").asString())
			.as("a grid worker reads for the village").isEqualTo(villages.getFirst());

		unread = fx.get(hq, "/api/v1/notices/" + id + "/unread").json();
		assertThat(codes(unread.path("unread"))).containsExactly(villages.get(1), villages.get(2));
		assertThat(unread.path("readUnits").asInt()).as("a village is read once, however many of its accounts read").isEqualTo(1);
		JsonNode readers = unread.path("read").get(0).path("accounts");
		assertThat(StreamSupport.stream(readers.spliterator(), false).filter(r -> !r.path("readAt").isNull()).count()).isEqualTo(2);

		assertThat(fx.post(cadres.get(1), "/api/v1/notices/" + id + "/read", Map.of()).status()).isEqualTo(200);
		assertThat(codes(fx.get(hq, "/api/v1/notices/" + id + "/unread").json().path("unread"))).containsExactly(villages.get(2));
		JsonNode area = items(fx.get(hq, "/api/v1/notices?box=area&limit=100").json()).stream()
			.filter(n -> n.path("id").asLong() == id).findFirst().orElseThrow();
		assertThat(area.path("readUnits").asInt()).isEqualTo(2);
		assertThat(area.path("units").asInt()).isEqualTo(3);

		// The township's HQ oversees but does not read it; a village cadre may not follow the others.
		assertThat(fx.post(hq, "/api/v1/notices/" + id + "/read", Map.of()).status()).isEqualTo(403);
		assertThat(fx.get(cadres.get(2), "/api/v1/notices/" + id + "/unread").status()).isEqualTo(403);
		String outsider = account("VILLAGE_CADRE", village(HealthFixtures.OTHER_TOWNSHIP), "外乡");
		assertThat(fx.get(outsider, "/api/v1/notices/" + id).status()).isEqualTo(404);
		assertThat(fx.post(outsider, "/api/v1/notices/" + id + "/read", Map.of()).status()).isEqualTo(404);
		assertThat(fx.get("demo-township", "/api/v1/notices/" + id + "/unread").status()).isEqualTo(404);
		assertThat(ids(fx.get(outsider, "/api/v1/notices?limit=100").json())).doesNotContain(id);
	}

	@Test
	void theInboxListsTheUnreadFirstAndPagesByCursor() {
		long first = fx.post(hq, "/api/v1/notices", notice("NOTICE", "第一条", List.of(villages.get(2)), null, null)).json()
			.path("id").asLong();
		long second = fx.post(hq, "/api/v1/notices", notice("NOTICE", "第二条", List.of(villages.get(2)), null, null)).json()
			.path("id").asLong();
		long third = fx.post(hq, "/api/v1/notices", notice("NOTICE", "第三条", List.of(villages.get(2)), null, null)).json()
			.path("id").asLong();
		String cadre = cadres.get(2);
		assertThat(fx.post(cadre, "/api/v1/notices/" + third + "/read", Map.of()).status()).isEqualTo(200);
		JsonNode page = fx.get(cadre, "/api/v1/notices?limit=2").json();
		assertThat(ids(page)).containsExactly(second, first);
		JsonNode next = fx.get(cadre, "/api/v1/notices?limit=2&cursor=" + page.path("nextCursor").asString()).json();
		assertThat(ids(next)).containsExactly(third);
		assertThat(next.path("nextCursor").isNull()).isTrue();
		assertThat(fx.get(cadre, "/api/v1/notices?box=mine").status()).isEqualTo(400);
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndStoresNothing() {
		String title = "坏通知" + UUID.randomUUID().toString().substring(0, 6);
		assertThat(rules(fx.post(hq, "/api/v1/notices", notice("NOTICE", " ", List.of(), null, null))))
			.containsExactlyInAnyOrder("title:required", "recipients:required");
		Reply outside = fx.post(hq, "/api/v1/notices", notice("NOTICE", title, List.of(HealthFixtures.TOWNSHIP), null, null));
		assertThat(outside.status()).isEqualTo(403);
		assertThat(outside.json().path("detail").asString()).contains("发送范围", "共乐镇", "不在您的辖区内");
		assertThat(rules(fx.post(hq, "/api/v1/notices", notice("NOTICE", title, List.of("NOPLACE" + title.length()), null, null))))
			.containsExactly("recipients:known");
		assertThat(rules(fx.post(hq, "/api/v1/notices", notice("DIRECTIVE", title, List.of(township), null, null))))
			.containsExactly("kind:countyOnly");
		assertThat(rules(fx.post(hq, "/api/v1/notices", notice("GUIDELINE", title, List.of(township), null, null))))
			.containsExactly("directiveId:required");
		long plain = fx.post(hq, "/api/v1/notices", notice("NOTICE", "普通通知", List.of(villages.get(1)), null, null)).json()
			.path("id").asLong();
		assertThat(rules(fx.post(hq, "/api/v1/notices", notice("GUIDELINE", title, List.of(township), plain, null))))
			.containsExactly("directiveId:directive");
		assertThat(fx.post(cadres.getFirst(), "/api/v1/notices", notice("NOTICE", title, List.of(villages.getFirst()), null, null))
			.status()).as("a village does not send").isEqualTo(403);

		byte[] program = ("MZ\u0090\u0000 not a document").getBytes(StandardCharsets.ISO_8859_1);
		Reply exe = multipart(hq, notice("NOTICE", title, List.of(township), null, null), Map.of("通知.pdf", program));
		assertThat(rules(exe)).containsExactly("files:type");
		assertThat(exe.json().toString()).contains("通知.pdf", "类型不允许");
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 8);
		Reply tooLarge = multipart(hq, notice("NOTICE", title, List.of(township), null, null), Map.of("大.pdf", large));
		assertThat(tooLarge.status()).as(tooLarge.json().toString()).isEqualTo(413);
		assertThat(tooLarge.json().path("violations").get(0).path("field").asString()).isEqualTo("files");
		assertThat(tooLarge.json().toString()).contains("大.pdf", "10 MB");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM command_notice WHERE title = ?").param(title).query(Long.class).single())
			.as("nothing stored").isZero();
	}

	@Test
	void attachmentsAreKeptWithTheirSniffedTypeAndHandedOutOnlyWithinTheNoticesScope() throws Exception {
		byte[] pdf = "%PDF-1.4\n%通知附件\n".getBytes(StandardCharsets.UTF_8);
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("方案.pdf", pdf);
		files.put("示意图.jpg", png);
		Reply sent = multipart(hq, notice("NOTICE", "带附件的通知", List.of(villages.get(1)), null, UUID.randomUUID().toString()), files);
		assertThat(sent.status()).as(sent.json().toString()).isEqualTo(201);
		JsonNode attachments = sent.json().path("attachments");
		assertThat(attachments.get(0).path("fileName").asString()).isEqualTo("方案.pdf");
		assertThat(attachments.get(0).path("contentType").asString()).isEqualTo("application/pdf");
		assertThat(attachments.get(1).path("contentType").asString()).as("the bytes say PNG, whatever the name").isEqualTo("image/png");
		assertThat(attachments.get(0).path("size").asLong()).isEqualTo(pdf.length);
		String path = "/api/v1/notices/" + sent.json().path("id").asLong() + "/attachments/" + attachments.get(0).path("id").asLong();
		ResponseEntity<byte[]> download = fx.as(cadres.get(1)).get().uri(path).retrieve().toEntity(byte[].class);
		assertThat(download.getStatusCode().value()).isEqualTo(200);
		assertThat(download.getBody()).isEqualTo(pdf);
		assertThat(download.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
		assertThat(download.getHeaders().getFirst("Content-Disposition")).startsWith("attachment");
		assertThat(fx.as(cadres.get(2)).get().uri(path).retrieve().toEntity(byte[].class).getStatusCode().value())
			.as("another village of the township").isEqualTo(404);
	}

	@Test
	void aDirectiveFromTheCountyBecomesTheTownshipsGuidelineAndEachNamesTheOther() {
		Reply directive = fx.post("demo-county", "/api/v1/notices", notice("DIRECTIVE", "县指挥部关于加强卡点管理的指示",
				List.of(township), null, null));
		assertThat(directive.status()).as(directive.json().toString()).isEqualTo(201);
		long directiveId = directive.json().path("id").asLong();
		assertThat(directive.json().path("units").asInt()).as("the township's office and its three villages").isEqualTo(4);
		assertThat(ids(fx.get(hq, "/api/v1/notices").json())).contains(directiveId);
		assertThat(fx.post(hq, "/api/v1/notices/" + directiveId + "/read", Map.of()).json().path("unitCode").asString())
			.isEqualTo(township);

		Reply guideline = fx.post(hq, "/api/v1/notices", notice("GUIDELINE", "卡点管理工作指引", List.of(township), directiveId, null));
		assertThat(guideline.status()).as(guideline.json().toString()).isEqualTo(201);
		long guidelineId = guideline.json().path("id").asLong();
		assertThat(guideline.json().path("directive").path("id").asLong()).isEqualTo(directiveId);
		assertThat(guideline.json().path("units").asInt()).isEqualTo(3);
		JsonNode seen = fx.get(hq, "/api/v1/notices/" + directiveId).json();
		assertThat(seen.path("guidelines").get(0).path("id").asLong()).isEqualTo(guidelineId);
		assertThat(seen.path("guidelines").get(0).path("title").asString()).isEqualTo("卡点管理工作指引");
		JsonNode county = fx.get("demo-county", "/api/v1/notices/" + directiveId + "/unread").json();
		assertThat(county.path("readUnits").asInt()).isEqualTo(1);
		assertThat(codes(county.path("read"))).containsExactly(township);
		assertThat(codes(county.path("unread"))).containsExactlyElementsOf(villages);
	}

	@Test
	void aSentNoticeIsPublishedWithWhatReportingCounts() {
		// Sent in this thread, as the system, so that the test records the event the service publishes.
		long group = group(hq, cadres.get(1), hq);
		long person = fx.person(villages.getFirst());
		NoticeView sent = SystemTask.call(() -> notices.send(new NewNotice(NoticeKind.DIRECTIVE, "事件通知", null,
				List.of(township, villages.getFirst()), null, UUID.randomUUID().toString(), List.of(group), person), List.of()));
		NoticeSent event = events.stream(NoticeSent.class).filter(e -> e.noticeId() == sent.id()).findFirst().orElseThrow();
		assertThat(event.kind()).isEqualTo(NoticeKind.DIRECTIVE);
		assertThat(event.title()).isEqualTo("事件通知");
		assertThat(event.sentBy()).isEqualTo(SystemTask.USERNAME);
		assertThat(event.senderPath().isRoot()).isTrue();
		assertThat(event.recipientCodes()).containsExactly(township, villages.getFirst());
		assertThat(event.units()).as("the township and its three villages, the village chosen twice counted once").isEqualTo(4);
		assertThat(event.directiveId()).isNull();
		assertThat(event.groupIds()).containsExactly(group);
		assertThat(event.members()).isEqualTo(2);
		assertThat(event.personId()).isEqualTo(person);
		assertThat(event.sentAt()).isCloseTo(sent.sentAt(), within(1, ChronoUnit.MILLIS));
	}

	@Test
	void aNoticeToAWorkGroupReachesEveryMemberAndItsUnreadListNamesWhoHasNotOpenedIt() {
		String staffer = account("TOWNSHIP_STAFF", township, "镇组员");
		String cadre = cadres.get(1);
		long group = group(hq, staffer, cadre);
		Map<String, Object> body = notice("NOTICE", "工作组会议通知", List.of(), null, UUID.randomUUID().toString());
		body.put("groupIds", List.of(group));
		Reply sent = fx.post(hq, "/api/v1/notices", body);
		assertThat(sent.status()).as(sent.json().toString()).isEqualTo(201);
		long id = sent.json().path("id").asLong();
		assertThat(sent.json().path("units").asInt()).isZero();
		assertThat(sent.json().path("members").asInt()).isEqualTo(2);
		assertThat(sent.json().path("readMembers").asInt()).isZero();
		assertThat(sent.json().path("groups").get(0).path("id").asLong()).isEqualTo(group);

		for (String member : List.of(staffer, cadre)) {
			JsonNode mine = items(fx.get(member, "/api/v1/notices").json()).stream().filter(n -> n.path("id").asLong() == id)
				.findFirst().orElseThrow();
			assertThat(mine.path("recipient").asBoolean()).isTrue();
			assertThat(mine.path("readAt").isNull()).isTrue();
		}
		assertThat(ids(fx.get(cadres.getFirst(), "/api/v1/notices").json())).as("not a member, and no place of theirs").doesNotContain(id);
		assertThat(fx.get(cadres.getFirst(), "/api/v1/notices/" + id).status()).isEqualTo(404);
		assertThat(fx.post(cadres.getFirst(), "/api/v1/notices/" + id + "/read", Map.of()).status()).isEqualTo(404);

		JsonNode unread = fx.get(hq, "/api/v1/notices/" + id + "/unread").json();
		assertThat(unread.path("members").asInt()).isEqualTo(2);
		assertThat(unread.path("groups").get(0).path("groupId").asLong()).isEqualTo(group);
		assertThat(names(unread.path("groups").get(0).path("unread"))).containsExactlyInAnyOrder("镇组员", "村干部2");

		Reply read = fx.post(cadre, "/api/v1/notices/" + id + "/read", Map.of());
		assertThat(read.status()).as(read.json().toString()).isEqualTo(200);
		assertThat(read.json().path("unitCode").isNull()).as("read as a member, for no place").isTrue();
		assertThat(fx.post(cadre, "/api/v1/notices/" + id + "/read", Map.of()).status()).isEqualTo(409);
		unread = fx.get(hq, "/api/v1/notices/" + id + "/unread").json();
		assertThat(unread.path("readMembers").asInt()).isEqualTo(1);
		assertThat(names(unread.path("groups").get(0).path("unread"))).containsExactly("镇组员");
		assertThat(names(unread.path("groups").get(0).path("read"))).containsExactly("村干部2");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM command_notice_read WHERE notice_id = ?").param(id).query(Long.class).single())
			.isEqualTo(1);
		JsonNode area = items(fx.get(hq, "/api/v1/notices?box=area").json()).stream().filter(n -> n.path("id").asLong() == id)
			.findFirst().orElseThrow();
		assertThat(area.path("readMembers").asInt()).isEqualTo(1);
		assertThat(area.path("members").asInt()).isEqualTo(2);
	}

	@Test
	void aGroupOutsideTheSendersAreaUnknownOrWithoutMembersIsRefusedByFieldInTheUsersLanguage() {
		Reply elsewhere = fx.post("demo-township", "/api/v1/work-groups", Map.of("kind", "PUBLICITY", "name",
				"宣传组" + UUID.randomUUID().toString().substring(0, 8)));
		assertThat(elsewhere.status()).as(elsewhere.json().toString()).isEqualTo(201);
		long outside = elsewhere.json().path("id").asLong();
		long empty = group(hq);
		String clientId = UUID.randomUUID().toString();
		Map<String, Object> body = notice("NOTICE", "越界通知", List.of(), null, clientId);
		body.put("groupIds", List.of(outside, empty, Long.MAX_VALUE));
		Reply refused = fx.post(hq, "/api/v1/notices", body);
		assertThat(rules(refused)).containsExactly("groupIds:inArea", "groupIds:members", "groupIds:known");
		assertThat(refused.json().path("violations").get(0).path("message").asString()).contains("不在您的辖区内");

		body.put("groupIds", java.util.stream.LongStream.rangeClosed(1, Notices.MAX_GROUPS + 1).boxed().toList());
		assertThat(rules(fx.post(hq, "/api/v1/notices", body))).containsExactly("groupIds:size");

		body.put("groupIds", List.of(outside));
		String english = fx.as(hq).post().uri("/api/v1/notices").contentType(MediaType.APPLICATION_JSON)
			.header("Accept-Language", "en").body(body).retrieve().onStatus(s -> true, (request, response) -> {
			}).body(String.class);
		assertThat(JSON.readTree(english).path("violations").get(0).path("message").asString()).contains("outside your area");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM command_notice WHERE client_id = ?").param(clientId).query(Long.class).single())
			.isZero();
	}

	@Test
	void aNoticeAboutAPersonIsOnTheirTimelineForViewersWhoseAreaCoversIt() {
		long person = fx.person(villages.getFirst());
		String title = "关于随访" + UUID.randomUUID().toString().substring(0, 6);
		Map<String, Object> body = notice("NOTICE", title, List.of(villages.get(1)), null, UUID.randomUUID().toString());
		body.put("personId", person);
		Reply sent = fx.post(hq, "/api/v1/notices", body);
		assertThat(sent.status()).as(sent.json().toString()).isEqualTo(201);
		long id = sent.json().path("id").asLong();
		assertThat(sent.json().path("personId").asLong()).isEqualTo(person);
		assertThat(sent.json().path("personName").asString()).startsWith("观");

		Reply sender = fx.get(hq, "/api/v1/people/" + person + "/health-timeline");
		assertThat(sender.status()).as(sender.json().toString()).isEqualTo(200);
		assertThat(sender.json().toString()).contains("\"NOTICE\"").contains("/notices/" + id).contains(title);
		Reply village = fx.get(cadres.getFirst(), "/api/v1/people/" + person + "/health-timeline");
		assertThat(village.status()).as("the person lives in the first village, whose cadre sees them").isEqualTo(200);
		assertThat(village.json().toString()).as("but the notice went to the second village only").doesNotContain("/notices/" + id);
		Map<String, Object> toTheirs = notice("NOTICE", title + "（本村）", List.of(villages.getFirst()), null, UUID.randomUUID().toString());
		toTheirs.put("personId", person);
		long theirs = fx.post(hq, "/api/v1/notices", toTheirs).json().path("id").asLong();
		assertThat(fx.get(cadres.getFirst(), "/api/v1/people/" + person + "/health-timeline").json().toString())
			.contains("/notices/" + theirs).doesNotContain("/notices/" + id + "\"");

		long far = fx.person(village(HealthFixtures.OTHER_TOWNSHIP));
		body.put("personId", far);
		body.put("clientId", UUID.randomUUID().toString());
		assertThat(rules(fx.post(hq, "/api/v1/notices", body))).containsExactly("personId:known");
	}

	// ---- helpers

	/** A group of the sender's township with these members; its id. */
	private long group(String by, String... members) {
		Reply made = fx.post(by, "/api/v1/work-groups", Map.of("kind", "COORDINATION", "name",
				"协调组" + UUID.randomUUID().toString().substring(0, 8)));
		assertThat(made.status()).as(made.json().toString()).isEqualTo(201);
		long id = made.json().path("id").asLong();
		for (String member : members) {
			Reply added = fx.post(by, "/api/v1/work-groups/" + id + "/members", Map.of("userId", fx.userId(member)));
			assertThat(added.status()).as(added.json().toString()).isEqualTo(200);
		}
		return id;
	}

	private void node(String code, String name, String parent) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", code);
		body.put("name", name);
		body.put("parentCode", parent);
		Reply made = fx.post("demo-admin", "/api/v1/jurisdictions", body);
		assertThat(made.status()).as(made.json().toString()).isEqualTo(201);
	}

	private String account(String role, String place, String name) {
		String username = "n-" + UUID.randomUUID().toString().substring(0, 12);
		Reply created = fx.post("demo-admin", "/api/v1/users", Map.of("username", username, "displayName", name,
				"password", ApiClient.PASSWORD, "role", role, "jurisdictionCode", place));
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
		return username;
	}

	private String village(String township) {
		return items(fx.get("demo-admin", "/api/v1/jurisdictions/" + township + "/children").json()).getFirst().path("code").asString();
	}

	private static Map<String, Object> notice(String kind, String title, List<String> recipients, Long directiveId,
			String clientId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", kind);
		body.put("title", title);
		body.put("body", "各村（社区）：请认真落实。");
		body.put("recipients", recipients);
		body.put("directiveId", directiveId);
		body.put("clientId", clientId);
		return body;
	}

	private Reply multipart(String username, Map<String, Object> notice, Map<String, byte[]> files) {
		String boundary = "notice" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"notice\"\r\nContent-Type: application/json\r\n\r\n"
				+ JSON.writeValueAsString(notice) + "\r\n").getBytes(StandardCharsets.UTF_8));
		files.forEach((name, bytes) -> {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(bytes);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		});
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		ResponseEntity<String> answer = fx.as(username).post().uri("/api/v1/notices")
			.contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary))
			.body(body.toByteArray())
			.retrieve()
			.toEntity(String.class);
		String text = answer.getBody();
		return new Reply(answer.getStatusCode().value(), text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text));
	}

	private static List<JsonNode> items(JsonNode list) {
		return StreamSupport.stream(list.path("items").spliterator(), false).toList();
	}

	private static List<Long> ids(JsonNode list) {
		return items(list).stream().map(n -> n.path("id").asLong()).toList();
	}

	private static List<String> codes(JsonNode units) {
		return StreamSupport.stream(units.spliterator(), false).map(u -> u.path("jurisdictionCode").asString()).toList();
	}

	private static List<String> names(JsonNode accounts) {
		return StreamSupport.stream(accounts.spliterator(), false).map(a -> a.path("name").asString()).toList();
	}

	private static List<String> rules(Reply reply) {
		assertThat(reply.status()).as(reply.json().toString()).isEqualTo(400);
		List<String> rules = new ArrayList<>();
		reply.json().path("violations").forEach(v -> rules.add(v.path("field").asString() + ":" + v.path("rule").asString()));
		return rules;
	}
}
