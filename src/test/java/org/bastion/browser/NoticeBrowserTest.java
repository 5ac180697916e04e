package org.bastion.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bastion.ApiClient;
import org.bastion.observation.HealthFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The township's HQ sends a notice to its villages, picked by the township's name; its page lists the three
 * villages that have not read it. Two village cadres open it from their inbox on a small phone, where it is
 * marked unread and counted in the navigation; the HQ's list of unread villages is down to one. A notice to
 * one of the township's work groups, about a person picked by name, is read by one member on a phone; the HQ's
 * page names the member who has not, and the person's timeline shows the notice.
 */
class NoticeBrowserTest extends BrowserTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void theUnreadListShrinksAsVillagesOpenTheNoticeOnTheirPhones() throws Exception {
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		RestClient admin = ApiClient.signedIn(port, "demo-admin");
		String township = "NB" + suffix;
		String townshipName = "阅读镇" + suffix;
		node(admin, township, townshipName, "511528");
		List<String> villages = List.of(township + "V1", township + "V2", township + "V3");
		for (int i = 0; i < villages.size(); i++) {
			node(admin, villages.get(i), "阅读" + (i + 1) + "村", township);
		}
		String hq = account(admin, "TOWNSHIP_STAFF", township, "镇指挥部" + suffix);
		String first = account(admin, "VILLAGE_CADRE", villages.get(0), "一村干部");
		String second = account(admin, "VILLAGE_CADRE", villages.get(1), "二村干部");
		String title = "关于开展环境消杀的通知" + suffix;

		browser.signIn(hq, ApiClient.PASSWORD);
		browser.go("/notices/new");
		browser.type("#title", title);
		browser.type("#body", "各村今日完成公共区域消杀。");
		browser.pickPlace("recipient1", townshipName, township);
		browser.clickThrough("#notice-submit");
		browser.waitFor("#notice-notice");
		assertThat(browser.text("#notice-notice")).contains(title);
		String id = browser.driver.getCurrentUrl().replaceAll(".*/notices/(\\d+).*", "$1");
		assertThat(browser.text("#notice-read-count")).isEqualTo("已读 0/3");
		assertThat(unread()).hasSize(3);
		browser.close();

		for (String cadre : List.of(first, second)) {
			browser = Browser.onPhone(port, Files.createTempDirectory("bastion-notices"));
			browser.signIn(cadre, ApiClient.PASSWORD);
			browser.waitFor("#nav-waiting-command-notices");
			browser.go("/notices");
			browser.waitFor("#notice-" + id + "-unread");
			WebElement open = browser.find("#notice-" + id + "-open");
			assertThat(open.getSize().getHeight()).isGreaterThanOrEqualTo(44);
			browser.clickThrough("#notice-" + id + "-open");
			browser.waitFor("#notice-read");
			assertThat(browser.text("#notice-title")).isEqualTo(title);
			assertThat(browser.text("#notice-body")).contains("消杀");
			browser.go("/notices");
			browser.waitFor("#notice-" + id);
			assertThat(browser.driver.findElements(By.id("notice-" + id + "-unread"))).isEmpty();
			browser.close();
		}

		browser = Browser.open(port);
		browser.signIn(hq, ApiClient.PASSWORD);
		browser.go("/notices/area");
		browser.waitFor("#notice-" + id + "-count");
		assertThat(browser.text("#notice-" + id + "-count")).isEqualTo("已读 2/3");
		browser.go("/notices/" + id);
		browser.waitFor("#notice-reading");
		assertThat(browser.text("#notice-read-count")).isEqualTo("已读 2/3");
		assertThat(unread()).containsExactly("unread-" + villages.get(2));
	}

	@Test
	void aNoticeToAWorkGroupAboutAPersonIsReadByEachMemberAndShowsOnThePersonsTimeline() throws Exception {
		String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		RestClient admin = ApiClient.signedIn(port, "demo-admin");
		String township = "NG" + suffix;
		node(admin, township, "编组镇" + suffix, "511528");
		String village = township + "V1";
		node(admin, village, "编组村" + suffix, township);
		String hq = account(admin, "TOWNSHIP_STAFF", township, "镇指挥部" + suffix);
		String cadre = account(admin, "VILLAGE_CADRE", village, "组员甲" + suffix);
		String staffer = account(admin, "TOWNSHIP_STAFF", township, "组员乙" + suffix);
		RestClient office = ApiClient.signedIn(port, hq);
		long group = JSON.readTree(office.post().uri("/api/v1/work-groups").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("kind", "SURVEILLANCE", "name", "疫情监测组" + suffix)).retrieve().body(String.class)).path("id").asLong();
		for (String member : List.of(cadre, staffer)) {
			long userId = JSON.readTree(ApiClient.signedIn(port, member).get().uri("/api/v1/me").retrieve().body(String.class))
				.path("id").asLong();
			office.post().uri("/api/v1/work-groups/" + group + "/members").contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("userId", userId)).retrieve().toBodilessEntity();
		}
		String personName = "随访对象" + suffix.substring(0, 4);
		long person = JSON.readTree(admin.post().uri("/api/v1/people").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("idNumber", HealthFixtures.freshIdNumber(), "name", personName, "jurisdictionCode", village))
			.retrieve().body(String.class)).path("id").asLong();
		String title = "关于落实随访的通知" + suffix;

		browser.signIn(hq, ApiClient.PASSWORD);
		browser.go("/notices/new");
		browser.type("#title", title);
		browser.click("#notice-group-" + group);
		browser.pick("personId", personName, String.valueOf(person));
		browser.clickThrough("#notice-submit");
		browser.waitFor("#notice-notice");
		String id = browser.driver.getCurrentUrl().replaceAll(".*/notices/(\\d+).*", "$1");
		assertThat(browser.text("#notice-to-groups")).contains("疫情监测组" + suffix);
		assertThat(browser.text("#notice-person")).contains(personName);
		assertThat(browser.text("#notice-member-count")).isEqualTo("成员已读 0/2");
		assertThat(browser.text("#group-" + group + "-unread")).contains("组员甲" + suffix, "组员乙" + suffix);
		browser.close();

		browser = Browser.onPhone(port, Files.createTempDirectory("bastion-group-notices"));
		browser.signIn(cadre, ApiClient.PASSWORD);
		browser.waitFor("#nav-waiting-command-notices");
		browser.go("/notices");
		browser.waitFor("#notice-" + id + "-unread");
		browser.clickThrough("#notice-" + id + "-open");
		browser.waitFor("#notice-read");
		assertThat(browser.text("#notice-title")).isEqualTo(title);
		browser.close();

		browser = Browser.open(port);
		browser.signIn(hq, ApiClient.PASSWORD);
		browser.go("/notices/" + id);
		browser.waitFor("#notice-member-count");
		assertThat(browser.text("#notice-member-count")).isEqualTo("成员已读 1/2");
		assertThat(browser.text("#group-" + group + "-unread")).contains("组员乙" + suffix).doesNotContain("组员甲" + suffix);
		assertThat(browser.text("#group-" + group + "-read")).contains("组员甲" + suffix);
		browser.click("#notice-person a");
		browser.waitFor("#person-health");
		browser.clickThrough("#person-health");
		browser.waitFor("#timeline li[data-type='NOTICE'] a[href$='/notices/" + id + "']");
		assertThat(browser.text("#timeline li[data-type='NOTICE']")).contains(title);
	}

	private List<String> unread() {
		return browser.find("#notice-unread").findElements(By.tagName("li")).stream().map(li -> li.getDomAttribute("id")).toList();
	}

	private static void node(RestClient admin, String code, String name, String parent) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("code", code);
		body.put("name", name);
		body.put("parentCode", parent);
		assertThat(admin.post().uri("/api/v1/jurisdictions").contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
			.toBodilessEntity().getStatusCode().value()).isEqualTo(201);
	}

	private static String account(RestClient admin, String role, String place, String name) {
		String username = "nb-" + UUID.randomUUID().toString().substring(0, 10);
		assertThat(admin.post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("username", username, "displayName", name, "password", ApiClient.PASSWORD, "role", role,
					"jurisdictionCode", place))
			.retrieve().toBodilessEntity().getStatusCode().value()).isEqualTo(201);
		return username;
	}
}
