package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.bastion.PageSession;
import org.bastion.observation.HealthFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The roadside form as a phone uses it: every mistake at once, the empty form again after a save, once only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PassagePageTests {

	@LocalServerPort
	int port;

	@Test
	void aVolunteerRegistersACarAndGetsTheEmptyFormForTheNext() throws Exception {
		HealthFixtures fx = new HealthFixtures(port);
		long id = fx.post("demo-township", "/api/v1/checkpoints", CheckpointApiTests.checkpoint(
				"表单卡点" + CheckpointApiTests.suffix(), HealthFixtures.TOWNSHIP, "TOWNSHIP_BORDER")).json().path("id").asLong();
		PageSession township = PageSession.signIn(port, "demo-township");
		assertThat(township.get("/checkpoints/" + id).body()).contains("id=\"checkpoint-passage-new\"");
		var form = township.get("/checkpoints/" + id + "/passages/new");
		assertThat(form.statusCode()).isEqualTo(200);
		assertThat(form.body()).contains("data-offline").contains("name=\"clientId\"").contains("inputmode=\"decimal\"")
			.containsPattern("value=\"CAR\"[^>]*checked").containsPattern("value=\"PASSED\"[^>]*checked")
			.as("origins and destinations are picked by name").contains("id=\"occupants[0].originCode-search\"")
			.contains("data-choices=\"/divisions/choices\"").contains("data-choices=\"/jurisdictions/destinations\"");
		String clientId = PageSession.field(form.body(), "clientId");

		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("clientId", clientId);
		fields.put("plate", "鄂A1234");
		fields.put("vehicleType", "CAR");
		fields.put("occupantCount", "2");
		fields.put("occupants[0].temperature", "38.5");
		fields.put("occupants[0].name", "张三");
		fields.put("occupants[0].originCode", "421000");
		fields.put("occupants[1].temperature", "abc");
		fields.put("outcome", "PASSED");
		var refused = township.post("/checkpoints/" + id + "/passages", fields, form.body());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"form-errors\"")
			.contains("id=\"plate-error\"")
			.contains("id=\"outcome-error\"")
			.contains("id=\"occupants[0].idNumber-error\"")
			.contains("id=\"occupants[1].temperature-error\"")
			.contains("id=\"occupants[1].name-error\"")
			.contains("不能直接放行")
			.as("the origin picked stays named").contains("value=\"湖北省荆州市\"")
			.contains("value=\"" + clientId + "\"");
		assertThat(fx.get("demo-township", "/api/v1/checkpoints/" + id + "/passages").json().path("items").size()).isZero();

		fields.put("plate", "鄂A12345");
		fields.put("occupants[0].phone", "13912341111");
		fields.put("occupants[1].temperature", "36.6");
		fields.put("occupants[1].name", "李四");
		fields.put("occupants[1].phone", "13912342222");
		fields.put("outcome", "REFERRED_FEVER_CLINIC");
		var saved = township.post("/checkpoints/" + id + "/passages", fields, refused.body());
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/checkpoints/" + id + "/passages/new");
		var next = township.get("/checkpoints/" + id + "/passages/new");
		assertThat(next.body()).contains("已登记 鄂A12345，2人");
		assertThat(PageSession.field(next.body(), "clientId")).isNotEqualTo(clientId);

		var again = township.post("/checkpoints/" + id + "/passages", fields, refused.body());
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(township.get("/checkpoints/" + id + "/passages/new").body()).contains("之前已登记");
		var day = township.get("/checkpoints/" + id + "/passages");
		assertThat(day.body()).contains("鄂A12345").contains("转发热门诊").contains("id=\"passage-stats-fevers\">1<")
			.contains("id=\"passage-stats-persons\">2<").contains("鄂 1");
		assertThat(fx.get("demo-township", "/api/v1/checkpoints/" + id + "/passages").json().path("items").size()).isEqualTo(1);

		PageSession leader = PageSession.signIn(port, "demo-leader");
		assertThat(leader.get("/checkpoints/" + id).body()).doesNotContain("id=\"checkpoint-passage-new\"");
		assertThat(leader.get("/checkpoints/" + id + "/passages").body()).contains("鄂A12345").doesNotContain("id=\"passage-new\"");
	}
}
