package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.ApiClient;
import org.bastion.PageSession;
import org.bastion.observation.HealthFixtures.Reply;
import org.bastion.people.OwnTree;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The fever clinics HQ keeps and the referral of an alert's person to one of them, over HTTP against the whole
 * application: HQ adds a clinic once per client id and is told each field it got wrong; an alert offers the
 * clinics serving its place and is closed by a referral to one of them, once; another township neither sees
 * nor refers it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FeverClinicApiTests {

	@LocalServerPort
	int port;

	HealthFixtures fx;

	@BeforeEach
	void fixtures() {
		fx = new HealthFixtures(port);
	}

	@Test
	void hqAddsAClinicOncePerClientIdAndOnlyHq() {
		String clientId = UUID.randomUUID().toString();
		Map<String, Object> body = clinic("共乐镇卫生院发热门诊" + clientId.substring(0, 6), HealthFixtures.TOWNSHIP, clientId);
		Reply added = fx.post("demo-county", "/api/v1/fever-clinics", body);
		assertThat(added.status()).as(added.json().toString()).isEqualTo(201);
		assertThat(added.json().path("jurisdictionCode").asString()).isEqualTo(HealthFixtures.TOWNSHIP);
		assertThat(added.json().path("active").asBoolean()).isTrue();
		Reply again = fx.post("demo-county", "/api/v1/fever-clinics", body);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("id").asLong()).isEqualTo(added.json().path("id").asLong());
		assertThat(again.json().path("replayed").asBoolean()).isTrue();

		assertThat(fx.post("demo-township", "/api/v1/fever-clinics",
				clinic("镇里自己加的", HealthFixtures.TOWNSHIP, UUID.randomUUID().toString())).status()).isEqualTo(403);
		JsonNode listed = fx.get("demo-township", "/api/v1/fever-clinics").json();
		assertThat(ids(listed)).contains(added.json().path("id").asLong());
		assertThat(listed.has("nextCursor")).isTrue();
	}

	@Test
	void everyFieldRefusedIsNamedAtOnce() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", " ");
		body.put("address", "x".repeat(201));
		body.put("phone", "电话");
		body.put("jurisdictionCode", "999999");
		Reply refused = fx.post("demo-county", "/api/v1/fever-clinics", body);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(HealthApiTests.fields(refused)).containsExactlyInAnyOrder("name", "address", "phone", "jurisdictionCode");
	}

	@Test
	void anAlertIsReferredToAClinicServingItsPlaceOnceAndNotByAnotherTownship() {
		long here = fx.post("demo-county", "/api/v1/fever-clinics", clinic("转诊门诊" + UUID.randomUUID().toString()
			.substring(0, 6), HealthFixtures.TOWNSHIP, null)).json().path("id").asLong();
		long there = fx.post("demo-county", "/api/v1/fever-clinics", clinic("别镇门诊" + UUID.randomUUID().toString()
			.substring(0, 6), HealthFixtures.OTHER_TOWNSHIP, null)).json().path("id").asLong();
		long order = fx.order("demo-county", HealthFixtures.TOWNSHIP, 1, null).path("id").asLong();
		long alert = fx.check("demo-township", order, HealthFixtures.today().minusDays(1), "38.9").json().path("alertId").asLong();
		assertThat(alert).isPositive();

		Reply wrongClinic = fx.post("demo-township", "/api/v1/alerts/" + alert + "/referral", Map.of("clinicId", there));
		assertThat(wrongClinic.status()).as("the other township's clinic does not serve this place").isEqualTo(400);
		assertThat(HealthApiTests.fields(wrongClinic)).containsExactly("clinicId");
		assertThat(fx.post("demo-township", "/api/v1/alerts/" + alert + "/referral", Map.of()).status()).isEqualTo(400);
		String other = otherTownshipUser();
		assertThat(fx.post(other, "/api/v1/alerts/" + alert + "/referral", Map.of("clinicId", here)).status())
			.isEqualTo(404);
		assertThat(fx.post("demo-leader", "/api/v1/alerts/" + alert + "/referral", Map.of("clinicId", here)).status())
			.as("leaders read").isEqualTo(403);

		Reply referred = fx.post("demo-township", "/api/v1/alerts/" + alert + "/referral", Map.of("clinicId", here));
		assertThat(referred.status()).as(referred.json().toString()).isEqualTo(200);
		assertThat(referred.json().path("status").asString()).isEqualTo("CLOSED");
		assertThat(referred.json().path("action").asString()).isEqualTo("REFERRED_TO_FEVER_CLINIC");
		assertThat(referred.json().path("referredClinicId").asLong()).isEqualTo(here);
		assertThat(referred.json().path("referredClinicName").asString()).startsWith("转诊门诊");
		assertThat(referred.json().path("closedByName").asString()).isEqualTo("共乐镇 王芳");

		Reply twice = fx.post("demo-township", "/api/v1/alerts/" + alert + "/referral", Map.of("clinicId", here));
		assertThat(twice.status()).as("a second tap refers nobody again").isEqualTo(409);
		JsonNode closed = fx.get("demo-township", "/api/v1/alerts?status=CLOSED&jurisdiction=" + HealthFixtures.TOWNSHIP)
			.json();
		assertThat(ids(closed)).contains(alert);
	}

	@Test
	void aRetiredClinicIsNoLongerOfferedButKeepsItsReferrals() throws Exception {
		long clinic = fx.post("demo-county", "/api/v1/fever-clinics", clinic("停用门诊" + UUID.randomUUID().toString()
			.substring(0, 6), HealthFixtures.TOWNSHIP, null)).json().path("id").asLong();
		long order = fx.order("demo-county", HealthFixtures.TOWNSHIP, 1, null).path("id").asLong();
		long referred = fx.check("demo-township", order, HealthFixtures.today().minusDays(1), "38.1").json().path("alertId").asLong();
		assertThat(fx.post("demo-township", "/api/v1/alerts/" + referred + "/referral", Map.of("clinicId", clinic))
			.status()).isEqualTo(200);

		PageSession hq = PageSession.signIn(port, "demo-county");
		assertThat(hq.post("/fever-clinics/" + clinic + "/retire", Map.of(), "/fever-clinics").statusCode()).isEqualTo(302);

		long order2 = fx.order("demo-county", HealthFixtures.TOWNSHIP, 1, null).path("id").asLong();
		long open = fx.check("demo-township", order2, HealthFixtures.today().minusDays(1), "38.1").json().path("alertId").asLong();
		Reply retired = fx.post("demo-township", "/api/v1/alerts/" + open + "/referral", Map.of("clinicId", clinic));
		assertThat(retired.status()).isEqualTo(400);
		JsonNode listed = fx.get("demo-county", "/api/v1/fever-clinics").json();
		for (JsonNode item : listed.path("items")) {
			if (item.path("id").asLong() == clinic) {
				assertThat(item.path("active").asBoolean()).isFalse();
			}
		}
		JsonNode closed = fx.get("demo-township", "/api/v1/alerts?status=CLOSED&jurisdiction=" + HealthFixtures.TOWNSHIP)
			.json();
		for (JsonNode item : closed.path("items")) {
			if (item.path("id").asLong() == referred) {
				assertThat(item.path("referredClinicId").asLong()).isEqualTo(clinic);
			}
		}
	}

	@Test
	void theAlertsPageShowsThePhoneToCallTheAddressTheMonitorAndTheClinicsAndRefers() throws Exception {
		String name = "页面门诊" + UUID.randomUUID().toString().substring(0, 6);
		long clinic = fx.post("demo-county", "/api/v1/fever-clinics", clinic(name, HealthFixtures.TOWNSHIP, null)).json()
			.path("id").asLong();
		String phone = "139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("idNumber", OwnTree.uniqueIdNumber());
		person.put("name", "页" + UUID.randomUUID().toString().substring(0, 6));
		person.put("phone", phone);
		person.put("address", "共乐镇新街7号");
		String grid = fx.get("demo-grid", "/api/v1/jurisdictions").json().path("items").get(0).path("code").asString();
		person.put("jurisdictionCode", grid);
		long personId = fx.post("demo-county", "/api/v1/people", person).json().path("id").asLong();
		long order = fx.order("demo-county", personId, 1, null, fx.userId("demo-grid")).path("id").asLong();
		long alert = fx.check("demo-township", order, HealthFixtures.today().minusDays(1), "38.7").json().path("alertId").asLong();

		PageSession township = PageSession.signIn(port, "demo-township");
		String page = township.get("/alerts/" + alert).body();
		assertThat(page).contains("href=\"tel:" + phone + "\"").contains("共乐镇新街7号").contains("id=\"alert-monitor\">网格员 刘洋<")
			.contains("id=\"clinic-" + clinic + "\"").contains(name);
		assertThat(township.get("/alerts").body()).contains("id=\"alert-" + alert + "-next\"")
			.as("a list shows no phone").doesNotContain(phone);
		String masked = PageSession.signIn(port, "demo-leader").get("/alerts/" + alert).body();
		assertThat(masked).as("masked for a masked role").doesNotContain(phone).doesNotContain("tel:" + phone.substring(0, 3));

		var none = township.post("/alerts/" + alert + "/referral", Map.of("clinicId", ""), "/alerts/" + alert);
		assertThat(none.statusCode()).isEqualTo(200);
		assertThat(none.body()).contains("id=\"clinicId-error\"").contains("请从列表中选择一个发热门诊")
			.as("the forms' summary, its link to the field").contains("id=\"form-errors\"").contains("data-field=\"clinicId\"")
			.contains("id=\"clinicId\"");
		var referred = township.post("/alerts/" + alert + "/referral", Map.of("clinicId", Long.toString(clinic)),
				"/alerts/" + alert);
		assertThat(referred.statusCode()).isEqualTo(302);
		String after = township.get("/alerts/" + alert).body();
		assertThat(after).contains("id=\"alert-referred\"").contains(name).doesNotContain("id=\"alert-refer\"");
	}

	@Test
	void hqKeepsTheListOnItsSettingsPageWithEachRefusalBesideItsField() throws Exception {
		PageSession hq = PageSession.signIn(port, "demo-county");
		String page = hq.get("/fever-clinics").body();
		assertThat(page).contains("id=\"clinic-form\"").contains("<option value=\"" + HealthFixtures.TOWNSHIP + "\"");
		String clientId = PageSession.field(page, "clientId");

		var refused = hq.post("/fever-clinics", Map.of("name", "", "address", "镇卫生院", "phone", "无",
				"jurisdictionCode", "", "clientId", clientId), page);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"name-error\"").contains("id=\"phone-error\"")
			.contains("id=\"jurisdictionCode-error\"").contains("请从列表中选择服务区域").doesNotContain("id=\"address-error\"")
			.contains("value=\"镇卫生院\"")
			.as("every refusal at once in the forms' summary").contains("id=\"form-errors\"").contains("有 3 处需要改正")
			.contains("data-field=\"name\"").contains("data-field=\"jurisdictionCode\"");

		String name = "表单门诊" + UUID.randomUUID().toString().substring(0, 6);
		Map<String, String> good = Map.of("name", name, "address", "镇卫生院", "phone", "0831-4567890", "jurisdictionCode",
				HealthFixtures.TOWNSHIP, "clientId", clientId);
		assertThat(hq.post("/fever-clinics", good, page).statusCode()).isEqualTo(302);
		assertThat(hq.post("/fever-clinics", good, page).statusCode()).as("sent twice").isEqualTo(302);
		String listed = hq.get("/fever-clinics").body();
		assertThat(listed.split(name, -1)).as("stored once").hasSize(2);

		String township = PageSession.signIn(port, "demo-township").get("/fever-clinics").body();
		assertThat(township).contains(name).doesNotContain("id=\"clinic-form\"");
	}

	@Test
	void theNavigationsAlertBadgeIsASmallFragment() throws Exception {
		var badge = PageSession.signIn(port, "demo-township").fragment("/alerts/badge");
		assertThat(badge.statusCode()).isEqualTo(200);
		assertThat(badge.body()).contains("id=\"nav-alerts-live\"").contains("hx-trigger=\"every 15s\"")
			.doesNotContain("<html");
		assertThat(badge.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(600);
	}

	private static Map<String, Object> clinic(String name, String area, String clientId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", name);
		body.put("address", "共乐镇卫生院内");
		body.put("phone", "0831-4567890");
		body.put("jurisdictionCode", area);
		if (clientId != null) {
			body.put("clientId", clientId);
		}
		return body;
	}

	private static List<Long> ids(JsonNode list) {
		List<Long> ids = new ArrayList<>();
		list.path("items").forEach(item -> ids.add(item.path("id").asLong()));
		return ids;
	}

	private String otherTownshipUser() {
		String username = "clinic-" + UUID.randomUUID().toString().substring(0, 8);
		Reply created = fx.post("demo-admin", "/api/v1/users", Map.of("username", username, "displayName", "古宋镇工作人员",
				"password", ApiClient.PASSWORD, "role", "TOWNSHIP_STAFF", "jurisdictionCode", HealthFixtures.OTHER_TOWNSHIP));
		assertThat(created.status()).as(created.json().toString()).isIn(200, 201);
		return username;
	}
}
