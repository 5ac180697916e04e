package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.PageSession;
import org.bastion.QrScan;
import org.bastion.observation.HealthFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The checkpoint pages as a browser uses them: the register's form, a checkpoint, its poster and a scan. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckpointPageTests {

	private static final Pattern LOCATION = Pattern.compile("/checkpoints/(\\d+)$");

	@LocalServerPort
	int port;

	@Autowired
	CheckpointDatabase database;

	@Test
	void theTownshipRegistersACheckpointFromTheFormWithEveryMistakeShownAtOnce() throws Exception {
		PageSession township = PageSession.signIn(port, "demo-township");
		var list = township.get("/checkpoints");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("id=\"checkpoint-submit\"").contains("value=\"" + HealthFixtures.TOWNSHIP + "\"");

		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", "");
		form.put("level", "");
		form.put("jurisdictionCode", HealthFixtures.TOWNSHIP);
		form.put("latitude", "200");
		form.put("openedOn", "2020-13-01");
		var refused = township.post("/checkpoints", form, list.body());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"form-errors\"")
			.contains("id=\"name-error\"")
			.contains("id=\"level-error\"")
			.contains("id=\"agencies-error\"")
			.contains("id=\"latitude-error\"")
			.contains("id=\"openedOn-error\"")
			.contains("请至少选择一个值守单位");

		String name = "共乐镇北卡点" + UUID.randomUUID().toString().substring(0, 6);
		form.put("name", name);
		form.put("level", "TOWNSHIP_BORDER");
		form.put("road", "X101");
		form.put("latitude", "29.45");
		form.put("longitude", "104,71");
		form.put("openedOn", HealthFixtures.today().toString());
		form.put("agencies", "POLICE");
		var created = township.post("/checkpoints", form, refused.body());
		assertThat(created.statusCode()).isEqualTo(302);
		Matcher id = LOCATION.matcher(created.headers().firstValue("Location").orElseThrow());
		assertThat(id.find()).isTrue();
		String path = "/checkpoints/" + id.group(1);
		var page = township.get(path);
		assertThat(page.body()).contains(name).contains("乡镇边界").contains("公安").contains("104.71")
			.contains("id=\"checkpoint-poster\"").contains("值守中");

		form.put("clientId", UUID.randomUUID().toString());
		var again = township.post("/checkpoints", form, list.body());
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("id=\"checkpoint-error\"").contains(name);

		PageSession leader = PageSession.signIn(port, "demo-leader");
		assertThat(leader.get("/checkpoints").body()).contains(name).doesNotContain("id=\"checkpoint-submit\"");
		assertThat(leader.get(path).body()).doesNotContain("id=\"checkpoint-poster\"");
		assertThat(leader.getBytes(path + "/qr.png").statusCode()).isEqualTo(403);
	}

	@Test
	void thePosterCarriesTheSitesLinkAndAScanOpensTheCheckpointForThoseOfItsArea() throws Exception {
		HealthFixtures fx = new HealthFixtures(port);
		var body = CheckpointApiTests.checkpoint("扫码卡点" + CheckpointApiTests.suffix(), HealthFixtures.TOWNSHIP,
				"COUNTY_ROAD");
		long id = fx.post("demo-township", "/api/v1/checkpoints", body).json().path("id").asLong();
		String siteCode = database.findByClientId(body.get("clientId").toString()).orElseThrow().siteCode();

		PageSession township = PageSession.signIn(port, "demo-township");
		assertThat(township.get("/checkpoints/" + id + "/poster").body()).contains("id=\"poster-qr\"");
		var qr = township.getBytes("/checkpoints/" + id + "/qr.png");
		assertThat(qr.statusCode()).isEqualTo(200);
		assertThat(qr.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(QrScan.text(qr.body())).endsWith("/checkpoints/site/" + siteCode);

		var scanned = township.get("/checkpoints/site/" + siteCode);
		assertThat(scanned.statusCode()).isEqualTo(302);
		assertThat(scanned.headers().firstValue("Location").orElseThrow()).endsWith("/checkpoints/" + id);
		assertThat(township.get("/checkpoints/" + id).body()).contains("id=\"checkpoint-notice\"");

		PageSession grid = PageSession.signIn(port, "demo-grid");
		assertThat(grid.get("/checkpoints/site/" + siteCode).statusCode()).isEqualTo(404);
		assertThat(township.get("/checkpoints/site/" + siteCode.substring(1) + "0").statusCode()).isEqualTo(404);
	}

	@Test
	void aCheckpointClosedOnItsPageShowsItsLastDay() throws Exception {
		HealthFixtures fx = new HealthFixtures(port);
		var body = CheckpointApiTests.checkpoint("撤除卡点" + CheckpointApiTests.suffix(), HealthFixtures.TOWNSHIP,
				"VILLAGE_ROAD");
		body.put("openedOn", HealthFixtures.today().minusDays(5).toString());
		long id = fx.post("demo-township", "/api/v1/checkpoints", body).json().path("id").asLong();
		PageSession township = PageSession.signIn(port, "demo-township");
		String path = "/checkpoints/" + id;
		var page = township.get(path);
		var refused = township.post(path + "/close", Map.of("closedOn", HealthFixtures.today().minusDays(6).toString()),
				page.body());
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(township.get(path).body()).contains("id=\"checkpoint-error\"").contains("撤除日期不能早于设立日期");
		township.post(path + "/close", Map.of("closedOn", HealthFixtures.today().minusDays(1).toString()), page.body());
		assertThat(township.get(path).body()).contains("id=\"checkpoint-closed-on\"").contains("已撤除")
			.doesNotContain("id=\"checkpoint-close\"");
	}

	@Test
	void aSupervisorRecordsAVisitOnTheCheckpointsPageWithEveryMistakeShownAtOnce() throws Exception {
		HealthFixtures fx = new HealthFixtures(port);
		String name = "督导页卡点" + CheckpointApiTests.suffix();
		var body = CheckpointApiTests.checkpoint(name, HealthFixtures.TOWNSHIP, "VILLAGE_ROAD");
		body.put("openedOn", HealthFixtures.today().minusDays(2).toString());
		long id = fx.post("demo-township", "/api/v1/checkpoints", body).json().path("id").asLong();
		PageSession township = PageSession.signIn(port, "demo-township");
		String path = "/checkpoints/" + id;
		var page = township.get(path);
		assertThat(page.body()).contains("id=\"inspection-submit\"").contains("id=\"inspections-none\"");

		Map<String, String> form = new LinkedHashMap<>();
		form.put("inspectedAt", "2026-13-40T25:00");
		form.put("lacking", "SIGNS");
		form.put("finding", "");
		form.put("rectifyBy", "明天");
		form.put("clientId", UUID.randomUUID().toString());
		var refused = township.post(path + "/inspections", form, page.body());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"form-errors\"").contains("id=\"inspectedAt-error\"")
			.contains("id=\"rectifyBy-error\"").contains("检查时间格式应为");

		form.put("inspectedAt", "");
		form.put("rectifyBy", "");
		var noFinding = township.post(path + "/inspections", form, refused.body());
		assertThat(noFinding.statusCode()).isEqualTo(200);
		assertThat(noFinding.body()).contains("id=\"finding-error\"").contains("发现问题时，请写明检查情况");

		form.put("finding", "村口未张贴卡点二维码");
		var recorded = township.post(path + "/inspections", form, noFinding.body());
		assertThat(recorded.statusCode()).isEqualTo(302);
		var after = township.get(path);
		assertThat(after.body()).contains("督导检查已记录").contains("村口未张贴卡点二维码").contains("1 项不到位")
			.doesNotContain("id=\"inspections-none\"");
		assertThat(township.get("/checkpoints/inspections").body()).contains(name).contains("标识和二维码张贴");

		PageSession leader = PageSession.signIn(port, "demo-leader");
		assertThat(leader.get(path).body()).contains("村口未张贴卡点二维码").doesNotContain("id=\"inspection-submit\"");
	}
}
