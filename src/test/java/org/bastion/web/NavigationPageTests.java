package org.bastion.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.bastion.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The menu as each role gets it in the page. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NavigationPageTests {

	@LocalServerPort
	int port;

	@Test
	void aGridWorkersMenuHasTheirDayButNoAdministration() throws Exception {
		var home = PageSession.signIn(port, "demo-grid").get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("id=\"nav-menu-toggle\"")
			.contains("id=\"nav-group-health\"")
			.contains("id=\"nav-checks-today\" href=\"/observations/today\"")
			.contains("id=\"nav-verification\"")
			.doesNotContain("id=\"nav-group-admin\"")
			.doesNotContain("id=\"nav-users\"")
			.doesNotContain("id=\"nav-audit\"")
			.doesNotContain("id=\"nav-pushed-lists\"");
	}

	@Test
	void anAdministratorsMenuHasTheAdministrationGroup() throws Exception {
		var home = PageSession.signIn(port, "demo-admin").get("/");
		assertThat(home.statusCode()).isEqualTo(200);
		assertThat(home.body()).contains("id=\"nav-group-admin\"")
			.contains("id=\"nav-users\" href=\"/admin/users\"")
			.contains("id=\"nav-audit\" href=\"/admin/audit\"")
			.contains("id=\"nav-group-admin-title\">管理</span>")
			.doesNotContain("id=\"nav-checks-today\"");
	}

	@Test
	void thePageBeingShownAndItsGroupAreMarked() throws Exception {
		String html = PageSession.signIn(port, "demo-grid").get("/observations/today").body();
		assertThat(openingTag(html, "nav-group-health")).contains("class=\"nav-group active\"");
		assertThat(openingTag(html, "nav-group-people")).doesNotContain("active");
		assertThat(openingTag(html, "nav-checks-today")).contains("class=\"active\"").contains("aria-current=\"page\"");
		assertThat(openingTag(html, "nav-alerts")).doesNotContain("active").doesNotContain("aria-current");
		assertThat(html).contains("<span class=\"nav-here-group\">健康监测</span> <span>今日测温</span>");
	}

	/** The tag that opens the element with this id, whatever the order of its attributes. */
	private static String openingTag(String html, String id) {
		int at = html.indexOf("id=\"" + id + "\"");
		assertThat(at).as("element %s", id).isNotNegative();
		return html.substring(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
	}
}
