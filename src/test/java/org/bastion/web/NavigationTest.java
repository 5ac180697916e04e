package org.bastion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.bastion.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

class NavigationTest {

	private final Navigation navigation = new Navigation();

	@Test
	void aGridWorkerSeesTheirDayAndNoAdministration() {
		Navigation.Menu menu = navigation.menu(as(Role.GRID_WORKER), "/");
		assertThat(groupIds(menu)).containsExactly("command", "people", "screening", "health", "checkpoints", "reports");
		assertThat(linkIds(menu)).contains("checks-today", "verification", "alerts", "jurisdictions", "immediate-reports")
			.doesNotContain("pushed-lists", "observations", "cases", "users", "audit");
		assertThat(menu.activeGroup()).isNull();
		assertThat(menu.activeLink()).isNull();
	}

	@Test
	void anAdministratorSeesTheAdministrationGroup() {
		Navigation.Menu menu = navigation.menu(as(Role.SYSTEM_ADMIN), "/admin/users/12");
		assertThat(groupIds(menu)).containsExactly("overview", "command", "people", "screening", "health", "checkpoints", "reports", "admin");
		assertThat(linkIds(menu)).contains("users", "audit", "pushed-lists", "observations", "cases")
			.doesNotContain("checks-today");
		assertThat(menu.activeGroup().id()).isEqualTo("admin");
		assertThat(menu.activeLink().id()).isEqualTo("users");
	}

	@Test
	void everyRoleSeesWhatItSawBeforeTheGrouping() {
		// The roles of each link as the flat bar had them in sec:authorize.
		assertThat(linkIds(navigation.menu(as(Role.LEADER), "/"))).containsExactly("dashboard", "area-tasks", "dispatch", "review", "work-logs", "notices", "area-notices", "work-groups", "people",
				"jurisdictions", "arrivals", "rounds", "pushed-lists", "observations", "alerts", "sites", "cases",
				"checkins", "checkpoints", "shift-gaps", "checkpoint-fevers", "hand-overs", "checkpoint-inspections", "my-shifts", "completeness", "rollup",
				"report-export", "immediate-reports");
		assertThat(linkIds(navigation.menu(as(Role.CHECKPOINT_STAFF), "/"))).containsExactly("tasks", "notices", "people",
				"jurisdictions", "arrivals", "rounds", "alerts", "sites", "checkins", "checkpoints", "my-shifts");
		assertThat(linkIds(navigation.menu(as(Role.MEDICAL_STAFF), "/"))).containsExactly("tasks", "notices", "people", "jurisdictions",
				"arrivals", "rounds", "checks-today", "observations", "alerts", "sites", "cases", "checkins", "checkpoints",
				"checkpoint-fevers", "my-shifts", "daily-report");
		assertThat(linkIds(navigation.menu(as(Role.VILLAGE_CADRE), "/"))).containsExactly("tasks", "notices", "people", "jurisdictions",
				"arrivals", "rounds", "pushed-lists", "verification", "checks-today", "observations", "alerts", "sites",
				"cases", "checkins", "checkpoints", "checkpoint-fevers", "hand-overs", "my-shifts", "daily-report", "rollup",
				"immediate-reports");
		assertThat(linkIds(navigation.menu(as(Role.HQ_STAFF), "/"))).containsExactly("dashboard", "tasks", "area-tasks", "dispatch", "review", "work-logs", "notices", "area-notices", "work-groups", "people",
				"jurisdictions", "arrivals", "rounds", "pushed-lists", "verification", "observations", "alerts", "fever-clinics",
				"sites", "cases", "checkins", "checkpoints", "shift-gaps", "checkpoint-fevers", "hand-overs",
				"checkpoint-inspections", "my-shifts", "daily-report", "completeness", "rollup", "report-export", "immediate-reports", "report-settings");
	}

	@Test
	void theLongestMatchingPathMarksTheLink() {
		Navigation.Menu today = navigation.menu(as(Role.VILLAGE_CADRE), "/observations/today");
		assertThat(today.activeGroup().id()).isEqualTo("health");
		assertThat(today.activeLink().id()).isEqualTo("checks-today");

		Navigation.Menu order = navigation.menu(as(Role.VILLAGE_CADRE), "/observations/42");
		assertThat(order.activeLink().id()).isEqualTo("observations");

		Navigation.Menu household = navigation.menu(as(Role.GRID_WORKER), "/households/7");
		assertThat(household.activeGroup().id()).isEqualTo("people");
		assertThat(household.activeLink().id()).isEqualTo("people");

		Navigation.Menu measures = navigation.menu(as(Role.HQ_STAFF), "/measures");
		assertThat(measures.activeLink().id()).isEqualTo("arrivals");
	}

	@Test
	void aPathOnlyStartingLikeALinkDoesNotMarkIt() {
		Navigation.Menu menu = navigation.menu(as(Role.HQ_STAFF), "/peoples");
		assertThat(menu.activeLink()).isNull();
		assertThat(menu.activeGroup()).isNull();
	}

	@Test
	void nobodySignedInGetsNoGroups() {
		Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymous",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		assertThat(navigation.menu(anonymous, "/").groups()).isEmpty();
		assertThat(navigation.menu(null, "/people").groups()).isEmpty();
	}

	@Test
	void everyLabelIsInEveryLanguage() throws IOException {
		// The template reads these keys from expressions, which MessageBundlesTests cannot see.
		List<String> keys = new ArrayList<>();
		for (Navigation.Group group : Navigation.GROUPS) {
			keys.add(group.key());
			group.links().forEach(link -> keys.add(link.key()));
		}
		for (String suffix : List.of("", "_zh_TW", "_en")) {
			Properties all = new Properties();
			// Each module's bundle names its own pages' links.
			for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
				String name = bundle.getFilename();
				boolean ofSuffix = suffix.isEmpty() ? !name.matches(".*_(zh_TW|en)\\.properties")
						: name.endsWith(suffix + ".properties");
				if (ofSuffix) {
					try (var in = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
						all.load(in);
					}
				}
			}
			assertThat(all.stringPropertyNames()).as("navigation keys in bundles%s", suffix).containsAll(keys);
		}
	}

	private static Authentication as(Role role) {
		TestingAuthenticationToken token = new TestingAuthenticationToken("someone", "secret", role.authority());
		token.setAuthenticated(true);
		return token;
	}

	private static List<String> groupIds(Navigation.Menu menu) {
		return menu.groups().stream().map(Navigation.Group::id).toList();
	}

	private static List<String> linkIds(Navigation.Menu menu) {
		return menu.groups().stream().flatMap(group -> group.links().stream()).map(Navigation.Link::id).toList();
	}
}
