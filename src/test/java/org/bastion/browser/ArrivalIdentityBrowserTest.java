package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.ApiClient;
import org.bastion.people.IdNumber;
import org.bastion.shared.Masking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * On a 360 × 640 phone: a grid worker types a returnee's name with the ID number of somebody else of
 * their grid, and the form stops and asks which is right before anything is stored; a form sent with
 * several mistakes shows them all at once, the first field in focus; a person known already is picked by name
 * and only the trip is typed.
 */
class ArrivalIdentityBrowserTest extends BrowserTest {

	private String holderId;

	private String holderName;

	@BeforeEach
	void aPersonOfTheGrid() {
		browser.driver.manage().window().setSize(new Dimension(360, 640));
		var grid = ApiClient.signedIn(port, "demo-grid");
		String area = JsonMapper.builder().build()
			.readTree(grid.get().uri("/api/v1/me").retrieve().body(String.class))
			.path("jurisdictionCode")
			.asString();
		holderId = IdNumber.of("110105", LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000)),
				ThreadLocalRandom.current().nextInt(1000)).value();
		holderName = "付" + suffix();
		grid.post()
			.uri("/api/v1/people")
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("idNumber", holderId, "name", holderName, "phone", phone(), "jurisdictionCode", area))
			.retrieve()
			.toBodilessEntity();
	}

	@Test
	void theIdNumberOfSomebodyElseStopsTheFormUntilTheWorkerChooses() {
		browser.signIn("demo-grid", ApiClient.PASSWORD);
		browser.go("/arrivals/new");
		String typedName = "王小二" + suffix();
		browser.type("#name", typedName);
		browser.type("#idNumber", holderId);
		browser.waitFor("#lookup-differs");
		assertThat(browser.text("#differs-existing")).contains(holderName, Masking.idNumber(holderId));
		assertThat(browser.text("#differs-typed")).isEqualTo(typedName);
		assertThat(browser.text("#lookup-differs")).doesNotContain(holderId);

		// Sent anyway: nothing goes to the server, the question takes the focus.
		WebElement page = browser.find("html");
		browser.find("#arrival-submit").click();
		browser.until(d -> "lookup-differs".equals(active(d)));
		assertThat(page.isDisplayed()).isTrue();

		browser.click("#choose-existing");
		browser.until(d -> holderName.equals(d.findElement(By.id("name")).getDomProperty("value")));
		browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("differs-chosen")));
		browser.type("#originCode", "成都");
		browser.click("#originCode-choices .origin-choice[data-code='510100']");
		browser.until(d -> "510100".equals(d.findElement(By.id("originCode")).getDomProperty("value")));
		browser.type("#plate", "川Q" + "%05d".formatted(ThreadLocalRandom.current().nextInt(100_000)));
		browser.type("#temperature", "36.6");
		browser.find("#arrival-submit").click();
		browser.waitFor("#arrival-risk-level");
		// A new record, not "registered already": the refused attempt stored nothing.
		assertThat(browser.text("main")).contains(holderName, "已登记。").doesNotContain("已登记过");
	}

	@Test
	void aKnownPersonIsPickedByNameAndOnlyTheTripIsTyped() {
		browser.signIn("demo-grid", ApiClient.PASSWORD);
		browser.go("/arrivals/new");
		browser.type("#personId-search", holderName);
		browser.clickThrough("#personId-choices .picker-choice");
		browser.until(d -> holderName.equals(d.findElement(By.id("name")).getDomProperty("value")));
		assertThat(browser.find("#idNumber").getDomProperty("value")).isEqualTo(holderId);
		assertThat(browser.find("#phone").getDomProperty("value")).hasSize(11);
		assertThat(browser.find("#jurisdictionCode").getDomProperty("value")).isNotBlank();
		assertThat(browser.driver.findElements(By.id("arrival-known"))).isEmpty();

		browser.type("#originCode", "武汉");
		browser.click("#originCode-choices .origin-choice[data-code='420100']");
		browser.until(d -> "420100".equals(d.findElement(By.id("originCode")).getDomProperty("value")));
		browser.type("#plate", "鄂A" + "%05d".formatted(ThreadLocalRandom.current().nextInt(100_000)));
		browser.type("#temperature", "36.6");
		browser.clickThrough("#arrival-submit");
		browser.waitFor("#arrival-risk-level");
		assertThat(browser.text("main")).contains(holderName, "已登记。");
	}

	@Test
	void everyMistakeIsShownAtOnceWithTheFirstFieldInFocus() {
		browser.signIn("demo-grid", ApiClient.PASSWORD);
		browser.go("/arrivals/new");
		browser.type("#idNumber", "11010519");
		browser.type("#originCode", "999999");
		browser.type("#plate", "X1");
		browser.type("#temperature", "50");
		WebElement form = browser.find("html");
		browser.find("#arrival-submit").click();
		browser.untilGone(form);
		browser.waitFor("#form-errors");

		List<String> listed = browser.driver.findElements(By.cssSelector("#form-errors li"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(listed).hasSizeGreaterThanOrEqualTo(5);
		assertThat(listed.getFirst()).startsWith("姓名");
		assertThat(String.join("\n", listed)).contains("从列表中选择来源地", "车牌号", "体温");
		for (String field : List.of("name", "idNumber", "originCode", "plate", "temperature")) {
			assertThat(browser.find("#" + field + "-error").isDisplayed()).as(field).isTrue();
			assertThat(browser.find("#" + field).getDomAttribute("aria-invalid")).as(field).isEqualTo("true");
		}
		browser.until(d -> "name".equals(active(d)));
	}

	private static String active(WebDriver driver) {
		WebElement element = driver.switchTo().activeElement();
		return element == null ? null : element.getDomAttribute("id");
	}

	private static String phone() {
		return "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
	}

	private static String suffix() {
		String digits = "零一二三四五六七八九";
		StringBuilder suffix = new StringBuilder();
		for (int i = 0; i < 4; i++) {
			suffix.append(digits.charAt(ThreadLocalRandom.current().nextInt(10)));
		}
		return suffix.toString();
	}
}
