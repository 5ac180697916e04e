package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** At the roadside on a phone: a car with two people, one feverish, referred to a fever clinic. */
class PassageBrowserTest extends BrowserTest {

	@Test
	void theTownshipRegistersACarWithAFeverishPassengerReferredToAFeverClinic() {
		Map<?, ?> created = ApiClient.signedIn(port, "demo-township")
			.post()
			.uri("/api/v1/checkpoints")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "浏览器卡点" + UUID.randomUUID().toString().substring(0, 6), "level", "TOWNSHIP_BORDER",
					"jurisdictionCode", "511528103", "agencies", List.of("VOLUNTEERS")))
			.retrieve()
			.body(Map.class);
		long id = ((Number) created.get("id")).longValue();
		String plate = "鄂A" + "%05d".formatted(ThreadLocalRandom.current().nextInt(100_000));

		browser.signIn("demo-township", ApiClient.PASSWORD);
		browser.go("/checkpoints/" + id);
		browser.clickThrough("#checkpoint-passage-new");
		browser.type("#plate", plate);
		browser.type("#occupantCount", "2");
		browser.type("input[name='occupants[0].temperature']", "38.6");
		browser.type("input[name='occupants[0].name']", "张发热");
		browser.type("input[name='occupants[0].phone']", "13912341111");
		browser.type("input[name='occupants[1].temperature']", "36.5");
		browser.type("input[name='occupants[1].name']", "李同车");
		browser.type("input[name='occupants[1].phone']", "13912342222");
		browser.click("input[name='outcome'][value='REFERRED_FEVER_CLINIC']");
		browser.click("#passage-submit");
		browser.waitFor("#passage-notice");
		assertThat(browser.text("#passage-notice")).contains("已登记 " + plate + "，2人");
		assertThat(browser.find("#plate").getDomProperty("value")).isEmpty();

		browser.go("/checkpoints/" + id + "/passages");
		browser.waitFor("#passage-list");
		assertThat(browser.text("#passage-list")).contains(plate, "转发热门诊");
	}
}
