package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.browser.Browser.byId;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.ApiClient;
import org.bastion.people.IdNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The roadside day, in Chromium at 360 × 640: a volunteer registers a 鄂-plated car whose feverish
 * passenger comes from a risk area and is heading to a village; the township sees the fever and deals with it;
 * the village's grid worker finds the passenger waiting to be confirmed and registers the arrival from what the
 * roadside typed, adding only the ID number.
 */
class HandOverBrowserTest extends BrowserTest {

	static final String TOWNSHIP = "511528103";

	@TempDir
	Path phone;

	@Test
	void aFeverishTravellerFromARiskAreaReachesTheTownshipAndTheirGrid() {
		RestClient county = ApiClient.signedIn(port, "demo-county");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		Map<String, Object> area = new LinkedHashMap<>();
		area.put("divisionCode", "421000");
		area.put("level", "HIGH");
		area.put("from", today.minusDays(1).toString());
		area.put("to", today.plusDays(1).toString());
		county.post().uri("/api/v1/risk-areas").contentType(MediaType.APPLICATION_JSON).body(area).retrieve().toBodilessEntity();
		long checkpoint = number(ApiClient.signedIn(port, "demo-township").post().uri("/api/v1/checkpoints")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("name", "移交卡点" + suffix(), "level", "TOWNSHIP_BORDER", "jurisdictionCode", TOWNSHIP,
					"agencies", List.of("VOLUNTEERS")))
			.retrieve()
			.body(Map.class), "id");
		String volunteer = "hv-" + suffix();
		ApiClient.signedIn(port, "demo-admin").post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", volunteer, "displayName", "志愿者 " + suffix(), "password", ApiClient.PASSWORD,
					"role", "CHECKPOINT_STAFF", "jurisdictionCode", TOWNSHIP))
			.retrieve()
			.toBodilessEntity();
		RestClient gridWorker = ApiClient.signedIn(port, "demo-grid");
		String grid = (String) gridWorker.get().uri("/api/v1/me").retrieve().body(Map.class).get("jurisdictionCode");
		String village = (String) county.get().uri("/api/v1/jurisdictions/" + grid).retrieve().body(Map.class).get("parentCode");
		String villageName = (String) county.get().uri("/api/v1/jurisdictions/" + village).retrieve().body(Map.class).get("name");
		String name = "鄂" + suffix();
		String plate = "鄂D" + "%05d".formatted(ThreadLocalRandom.current().nextInt(100_000));

		browser.close();
		browser = Browser.onPhone(port, phone);
		browser.signIn(volunteer, ApiClient.PASSWORD);
		browser.go("/checkpoints/" + checkpoint + "/passages/new");
		browser.type("#plate", plate);
		browser.type("#occupantCount", "2");
		browser.type("input[name='occupants[0].temperature']", "38.6");
		browser.type("input[name='occupants[0].name']", name);
		browser.type("input[name='occupants[0].phone']", "13912345678");
		browser.pickPlace("occupants[0].originCode", "荆州", "421000");
		browser.pickPlaceBelow("occupants[0].destinationCode", villageName, village, grid);
		browser.type("input[name='occupants[1].temperature']", "36.5");
		browser.type("input[name='occupants[1].name']", "同车" + suffix());
		browser.type("input[name='occupants[1].phone']", "13912340000");
		browser.click("input[name='outcome'][value='REFERRED_FEVER_CLINIC']");
		browser.clickThrough("#passage-submit");
		assertThat(browser.text("#passage-notice")).contains(plate, "2人");
		browser.click("#logout");
		browser.waitFor("#username");

		browser.signIn("demo-township", ApiClient.PASSWORD);
		assertThat(Long.parseLong(browser.text("#nav-waiting-checkpoint-fevers-count"))).isPositive();
		assertThat(browser.find("#nav-waiting-checkpoint-fevers-count").getAttribute("class")).contains("badge-red");
		openFromHome("checkpoint-fevers", name);
		assertThat(browser.text("#follow-up-temperature")).contains("38.6");
		assertThat(browser.find("#follow-up-phone").getAttribute("href")).isEqualTo("tel:13912345678");
		assertThat(browser.text("#follow-up-origin")).contains("荆州市");
		browser.type("#note", "已送发热门诊");
		browser.clickThrough("#follow-up-close-submit");
		assertThat(browser.text("#follow-up-notice")).isEqualTo("已记下处置结果。");
		browser.click("#logout");
		browser.waitFor("#username");

		browser.signIn("demo-grid", ApiClient.PASSWORD);
		openFromHome("checkpoint-hand-overs", name);
		assertThat(browser.text("#follow-up-heading")).contains(villageName);
		browser.clickThrough("#follow-up-register");
		assertThat(browser.text("#arrival-found-hand-over")).contains("移交卡点");
		assertThat(browser.find("#name").getDomProperty("value")).isEqualTo(name);
		assertThat(browser.find("#phone").getDomProperty("value")).isEqualTo("13912345678");
		assertThat(browser.find("#plate").getDomProperty("value")).isEqualTo(plate);
		assertThat(browser.find("#originCode").getDomProperty("value")).isEqualTo("421000");
		browser.type("#idNumber", IdNumber.of("110105", LocalDate.of(1960, 1, 1)
			.plusDays(ThreadLocalRandom.current().nextInt(20_000)), ThreadLocalRandom.current().nextInt(1000)).value());
		browser.clickThrough("#arrival-submit");
		assertThat(browser.text("#arrival-risk-level")).isEqualTo("高风险");

		browser.go("/checkpoints/hand-overs?status=closed");
		assertThat(browser.text("#follow-up-list")).contains(name, "已登记返乡");
	}

	/** Taps the home page's item of a kind of waiting work that names {@code text}, and waits for its page. */
	private void openFromHome(String kind, String text) {
		browser.waitFor("#home-waiting-" + kind);
		WebElement item = browser.until(driver -> driver.findElements(By.cssSelector("#home-waiting-" + kind + " li")).stream()
			.filter(li -> li.getText().contains(text))
			.findFirst()
			.orElse(null));
		WebElement page = browser.find("html");
		item.findElement(By.tagName("a")).click();
		browser.untilGone(page);
		browser.waitFor(byId("follow-up-card"));
	}

	private static long number(Map<?, ?> body, String key) {
		return ((Number) body.get(key)).longValue();
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 6);
	}
}
