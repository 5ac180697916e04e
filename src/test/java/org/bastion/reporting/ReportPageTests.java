package org.bastion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.PageSession;
import org.bastion.observation.HealthFixtures.Reply;
import org.bastion.observation.HealthFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The report pages as a browser uses them: the zero report in one tap, errors beside the form, completeness. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportPageTests {

	@LocalServerPort
	int port;

	HealthFixtures fx;

	String village;

	@BeforeEach
	void freshVillage() {
		fx = new HealthFixtures(port);
		village = HealthFixtures.TOWNSHIP + ThreadLocalRandom.current().nextInt(800, 900);
		Reply created = fx.post("demo-county", "/api/v1/jurisdictions", Map.of("code", village, "name",
				"页面测试村" + village.substring(9), "parentCode", HealthFixtures.TOWNSHIP, "level", "VILLAGE"));
		if (created.status() == 409) {
			freshVillage();
			return;
		}
		assertThat(created.status()).as(created.json().toString()).isEqualTo(201);
	}

	@Test
	void aZeroReportInOneTapShowsTheVillageReportedToTheTownship() throws Exception {
		PageSession township = PageSession.signIn(port, "demo-township");
		String page = township.get("/reports/daily?unit=" + village).body();
		assertThat(page).contains("id=\"report-zero-submit\"").contains("id=\"report-status\"");
		assertThat(township.get("/reports/completeness?jurisdiction=" + HealthFixtures.TOWNSHIP).body())
			.contains("id=\"missing-" + village + "\"");

		var posted = township.post("/reports/daily", Map.of("unit", village, "zero", "true", "reporterName", "王芳",
				"reporterPhone", "0831-1234567", "clientId", UUID.randomUUID().toString()), page);

		assertThat(posted.statusCode()).isEqualTo(302);
		URI location = URI.create(posted.headers().firstValue("Location").orElseThrow());
		String after = township.get(location.getRawPath() + "?" + location.getRawQuery()).body();
		assertThat(after).contains("id=\"report-submitted\"").contains("id=\"report-zero\"").contains("id=\"report-history\"");
		String completeness = township.get("/reports/completeness?jurisdiction=" + HealthFixtures.TOWNSHIP).body();
		assertThat(completeness).contains("id=\"submitted-" + village + "\"").doesNotContain("id=\"missing-" + village + "\"");
	}

	@Test
	void everyProblemOfASubmissionIsListedAndWhatWasTypedIsKept() throws Exception {
		PageSession township = PageSession.signIn(port, "demo-township");
		String page = township.get("/reports/daily?unit=" + village).body();

		var refused = township.post("/reports/daily", Map.of("unit", village, "reporterName", "", "reporterPhone", "abc",
				"note", "已电话核实", "clientId", UUID.randomUUID().toString()), page);

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"report-errors\"").contains("请填写填报人姓名")
			.contains("联系电话只能包含数字和短横线").contains("已电话核实");
	}

	@Test
	void aVillageCadreLandsOnTheirOwnReportAndTheTownshipOnItsCompleteness() throws Exception {
		PageSession cadre = PageSession.signIn(port, "demo-village");
		var landing = cadre.get("/reports");
		assertThat(landing.statusCode()).isEqualTo(302);
		assertThat(landing.headers().firstValue("Location").orElse("")).contains("/reports/daily?unit=");

		var township = PageSession.signIn(port, "demo-township").get("/reports");
		assertThat(township.headers().firstValue("Location").orElse("")).endsWith("/reports/completeness");
	}

	@Test
	void theRollUpListsTheTownshipsVillagesWithATotalAndOpensAVillage() throws Exception {
		PageSession county = PageSession.signIn(port, "demo-county");

		String rollup = county.get("/reports/rollup?jurisdiction=" + HealthFixtures.TOWNSHIP).body();

		assertThat(rollup).contains("id=\"rollup-total\"").contains("id=\"rollup-" + village + "\"");
		assertThat(county.get("/reports/rollup?jurisdiction=" + village).body()).contains("id=\"rollup-heading\"");
		assertThat(county.get("/reports/rollup?jurisdiction=" + HealthFixtures.OTHER_TOWNSHIP).statusCode()).isEqualTo(200);
		assertThat(PageSession.signIn(port, "demo-township").get("/reports/rollup?jurisdiction=" + HealthFixtures.OTHER_TOWNSHIP)
			.statusCode()).isEqualTo(404);
	}

	@Test
	void aCutOffChangeForTodayIsRefusedBesideTheForm() throws Exception {
		PageSession county = PageSession.signIn(port, "demo-county");
		String page = county.get("/reports/settings").body();
		assertThat(page).contains("id=\"settings-current\"");

		var refused = county.post("/reports/settings", Map.of("effectiveFrom", HealthFixtures.today().toString(), "cutoff",
				"16:00", "villageDeadline", "16:00", "townshipDeadline", "18:00"), page);

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"settings-errors\"").contains("修改只能从");
	}
}
