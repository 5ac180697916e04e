package org.bastion.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.ApiClient;
import org.bastion.PageSession;
import org.bastion.observation.HealthFixtures;
import org.bastion.observation.HealthFixtures.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The notice pages: the form's mistakes in its summary and beside their fields (an empty title, an area outside
 * the sender's, an attachment too large or of a type not taken), nothing stored; a notice sent with a file
 * waits on the village's home page and in its navigation until it is opened, which reads it once; a directive's
 * page offers the township to turn it into a guideline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoticePageTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFormNamesEachMistakeAndASentNoticeWaitsForTheVillageUntilOpened() throws Exception {
		HealthFixtures fx = new HealthFixtures(port);
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String township = "NP" + suffix;
		node(fx, township, "页面镇" + suffix, "511528");
		String village = township + "V1";
		node(fx, village, "页面村", township);
		String hq = account(fx, "TOWNSHIP_STAFF", township);
		String cadre = account(fx, "VILLAGE_CADRE", village);
		PageSession office = PageSession.signIn(port, hq);
		String form = office.get("/notices/new").body();
		assertThat(form).contains("id=\"notice-form\"", "enctype=\"multipart/form-data\"", "id=\"recipient1-search\"");

		String title = "页面通知" + suffix;
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("clientId", PageSession.field(form, "clientId"));
		fields.put("kind", "NOTICE");
		fields.put("title", "");
		fields.put("recipient1", HealthFixtures.TOWNSHIP);
		HttpResponse<String> empty = office.postMultipart("/notices", fields, "files", Map.of(), form);
		assertThat(empty.statusCode()).isEqualTo(403);
		assertThat(empty.body()).contains("id=\"title-error\"", "请填写标题", "id=\"recipient1-error\"", "不在您的辖区内");

		fields.put("title", title);
		fields.put("recipient1", township);
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 8);
		HttpResponse<String> tooLarge = office.postMultipart("/notices", fields, "files", Map.of("大文件.pdf", large), form);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("id=\"files-error\"", "大文件.pdf", "10 MB");
		HttpResponse<String> program = office.postMultipart("/notices", fields, "files",
				Map.of("setup.pdf", "MZ program".getBytes(StandardCharsets.US_ASCII)), form);
		assertThat(program.statusCode()).isEqualTo(200);
		assertThat(program.body()).contains("id=\"files-error\"", "类型不允许", "id=\"notice-form\"");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM command_notice WHERE title = ?").param(title).query(Long.class).single()).isZero();

		PageSession phone = PageSession.signIn(port, cadre);
		assertThat(phone.get("/").body()).doesNotContain("home-waiting-command-notices");
		HttpResponse<String> sent = office.postMultipart("/notices", fields, "files",
				Map.of("方案.pdf", "%PDF-1.4 方案".getBytes(StandardCharsets.UTF_8)), form);
		assertThat(sent.statusCode()).isEqualTo(302);
		String location = sent.headers().firstValue("Location").orElseThrow();
		String id = location.replaceAll(".*/notices/(\\d+).*", "$1");
		String page = office.get("/notices/" + id).body();
		assertThat(page).contains(title, "已读 0/1", "id=\"unread-" + village + "\"", "方案.pdf");

		String home = phone.get("/").body();
		assertThat(count(home, "home-waiting-command-notices")).isEqualTo(1);
		assertThat(home).contains("id=\"nav-waiting-command-notices\"", title);
		assertThat(phone.get("/notices").body()).contains("id=\"notice-" + id + "-unread\"");
		String opened = phone.get("/notices/" + id).body();
		assertThat(opened).contains("id=\"notice-read\"", "已于").doesNotContain("id=\"notice-reading\"");
		phone.get("/notices/" + id);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM command_notice_read WHERE notice_id = ?").param(Long.parseLong(id))
			.query(Long.class).single()).as("opened twice, read once").isEqualTo(1);
		assertThat(phone.get("/").body()).doesNotContain("home-waiting-command-notices");
		assertThat(phone.get("/notices").body()).doesNotContain("id=\"notice-" + id + "-unread\"");
		Matcher file = Pattern.compile("href=\"(/notices/" + id + "/attachments/\\d+)\"").matcher(opened);
		assertThat(file.find()).isTrue();
		assertThat(new String(phone.getBytes(file.group(1)).body(), StandardCharsets.UTF_8)).isEqualTo("%PDF-1.4 方案");
		assertThat(office.get("/notices/" + id).body()).contains("已读 1/1", "id=\"notice-unread-none\"");
		assertThat(office.get("/notices/area").body()).contains("id=\"notice-" + id + "-count\">已读 1/1<");
	}

	@Test
	void aDirectivesPageOffersTheTownshipItsGuidelineAndTheGuidelineNamesIt() throws Exception {
		HealthFixtures fx = new HealthFixtures(port);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "DIRECTIVE");
		body.put("title", "上级指示" + UUID.randomUUID().toString().substring(0, 6));
		body.put("recipients", java.util.List.of(HealthFixtures.TOWNSHIP));
		Reply directive = fx.post("demo-county", "/api/v1/notices", body);
		assertThat(directive.status()).as(directive.json().toString()).isEqualTo(201);
		String id = directive.json().path("id").asString();
		PageSession township = PageSession.signIn(port, "demo-township");
		String page = township.get("/notices/" + id).body();
		assertThat(page).contains("id=\"notice-guide\"", "转为工作指引", "id=\"notice-read\"");
		String form = township.get("/notices/new?directive=" + id).body();
		assertThat(form).contains("id=\"notice-form-directive\"", "name=\"directiveId\"", "value=\"GUIDELINE\"");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("clientId", PageSession.field(form, "clientId"));
		fields.put("kind", "GUIDELINE");
		fields.put("directiveId", id);
		fields.put("title", "工作指引" + id);
		fields.put("recipient1", HealthFixtures.TOWNSHIP);
		HttpResponse<String> sent = township.postMultipart("/notices", fields, "files", Map.of(), form);
		assertThat(sent.statusCode()).isEqualTo(302);
		String guideline = township.get(java.net.URI.create(sent.headers().firstValue("Location").orElseThrow()).getPath()).body();
		assertThat(guideline).contains("id=\"notice-directive\"", body.get("title").toString(), "工作指引");
		assertThat(township.get("/notices/" + id).body()).contains("工作指引" + id);
		assertThat(PageSession.signIn(port, "demo-village").get("/notices/" + id).body()).doesNotContain("id=\"notice-guide\"");
	}

	private static long count(String home, String id) {
		Matcher count = Pattern.compile("id=\"" + id + "-count\">(\\d+)<").matcher(home);
		return count.find() ? Long.parseLong(count.group(1)) : 0;
	}

	private static void node(HealthFixtures fx, String code, String name, String parent) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", code);
		body.put("name", name);
		body.put("parentCode", parent);
		assertThat(fx.post("demo-admin", "/api/v1/jurisdictions", body).status()).isEqualTo(201);
	}

	private static String account(HealthFixtures fx, String role, String place) {
		String username = "np-" + UUID.randomUUID().toString().substring(0, 10);
		Reply created = fx.post("demo-admin", "/api/v1/users", Map.of("username", username, "displayName", "页面" + role,
				"password", ApiClient.PASSWORD, "role", role, "jurisdictionCode", place));
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
		return username;
	}
}
