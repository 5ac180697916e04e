package org.bastion.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bastion.security.Role;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import static org.bastion.security.Role.CHECKPOINT_STAFF;
import static org.bastion.security.Role.GRID_WORKER;
import static org.bastion.security.Role.HQ_STAFF;
import static org.bastion.security.Role.LEADER;
import static org.bastion.security.Role.MEDICAL_STAFF;
import static org.bastion.security.Role.SYSTEM_ADMIN;
import static org.bastion.security.Role.TOWNSHIP_STAFF;
import static org.bastion.security.Role.VILLAGE_CADRE;

/**
 * The menu, grouped by the task a page serves, so that a grid worker on a small phone finds the two
 * or three pages of their day without scrolling through fifteen. Which roles see a link is decided
 * here once; a group shows only when one of its links does, and the link of the page being shown
 * (the longest matching path) and its group are marked.
 */
@Component("navigation")
class Navigation {

	/** A page in the menu: its element id, message key, address, the paths it stands for, and who sees it. */
	public record Link(String id, String key, String href, List<String> paths, Set<Role> roles) {

		boolean visibleTo(Set<Role> held) {
			return roles.stream().anyMatch(held::contains);
		}

		/** How closely the path matches this link: the length of its longest matching path, or -1. */
		int match(String path) {
			return paths.stream()
				.filter(p -> path.equals(p) || path.startsWith(p + "/"))
				.mapToInt(String::length)
				.max()
				.orElse(-1);
		}
	}

	public record Group(String id, String key, List<Link> links) {
	}

	/** What one user sees on one page; {@code activeGroup} and {@code activeLink} are null off the menu (home too). */
	public record Menu(List<Group> groups, Group activeGroup, Link activeLink) {
	}

	private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

	static final List<Group> GROUPS = List.of(
			// The leaders' first page: the whole area at a glance.
			new Group("overview", "nav.group.overview", List.of(
					new Link("dashboard", "nav.dashboard", "/dashboard", List.of("/dashboard"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, LEADER)))),
			// Tasks: everyone who acts receives them; the dispatchers and leaders follow the area's.
			new Group("command", "nav.group.command", List.of(
					new Link("tasks", "nav.tasks", "/tasks", List.of("/tasks"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, VILLAGE_CADRE, GRID_WORKER, CHECKPOINT_STAFF,
									MEDICAL_STAFF)),
					new Link("area-tasks", "nav.areaTasks", "/tasks/area", List.of("/tasks/area", "/tasks/new"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, LEADER)),
					new Link("dispatch", "nav.dispatch", "/command/dispatch", List.of("/command/dispatch"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, LEADER)),
					new Link("review", "nav.review", "/command/review", List.of("/command/review"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, LEADER)),
					new Link("work-logs", "nav.workLogs", "/command/work-logs", List.of("/command/work-logs"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, LEADER)),
					// Notices: everyone reads those sent to their place; the HQ follows who has read theirs.
					new Link("notices", "nav.notices", "/notices", List.of("/notices"), EVERYONE),
					new Link("area-notices", "nav.areaNotices", "/notices/area", List.of("/notices/area", "/notices/new"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, LEADER)),
					new Link("work-groups", "nav.workGroups", "/work-groups", List.of("/work-groups"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, LEADER)))),
			new Group("people", "nav.group.people", List.of(
					new Link("people", "nav.people", "/people", List.of("/people", "/households"), EVERYONE),
					new Link("jurisdictions", "nav.jurisdictions", "/jurisdictions", List.of("/jurisdictions"),
							EVERYONE))),
			new Group("screening", "nav.group.screening", List.of(
					new Link("arrivals", "nav.arrivals", "/arrivals", List.of("/arrivals", "/risk-areas", "/measures"),
							EVERYONE),
					new Link("rounds", "nav.rounds", "/rounds", List.of("/rounds"), EVERYONE),
					new Link("pushed-lists", "nav.pushedLists", "/pushed-lists", List.of("/pushed-lists"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, VILLAGE_CADRE, LEADER)),
					new Link("verification", "nav.verification", "/verification", List.of("/verification"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, VILLAGE_CADRE, GRID_WORKER)))),
			new Group("health", "nav.group.health", List.of(
					new Link("checks-today", "nav.checksToday", "/observations/today", List.of("/observations/today"),
							EnumSet.of(GRID_WORKER, VILLAGE_CADRE, MEDICAL_STAFF)),
					new Link("observations", "nav.observations", "/observations", List.of("/observations"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, VILLAGE_CADRE, MEDICAL_STAFF, LEADER)),
					new Link("alerts", "nav.alerts", "/alerts", List.of("/alerts"), EVERYONE),
					new Link("fever-clinics", "nav.feverClinics", "/fever-clinics", List.of("/fever-clinics"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF)),
					new Link("sites", "nav.sites", "/isolation-sites", List.of("/isolation-sites"), EVERYONE),
					new Link("cases", "nav.cases", "/cases", List.of("/cases"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, VILLAGE_CADRE, MEDICAL_STAFF, LEADER)),
					new Link("checkins", "nav.checkins", "/checkins", List.of("/checkins"), EVERYONE))),
			new Group("checkpoints", "nav.group.checkpoints", List.of(
					new Link("checkpoints", "nav.checkpoints", "/checkpoints", List.of("/checkpoints"), EVERYONE),
					new Link("shift-gaps", "nav.shiftGaps", "/shift-gaps", List.of("/shift-gaps"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, LEADER)),
					new Link("checkpoint-fevers", "nav.checkpointFevers", "/checkpoints/fevers", List.of("/checkpoints/fevers"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, VILLAGE_CADRE, MEDICAL_STAFF, LEADER)),
					new Link("hand-overs", "nav.handOvers", "/checkpoints/hand-overs",
							List.of("/checkpoints/hand-overs", "/checkpoints/follow-ups"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, VILLAGE_CADRE, GRID_WORKER, LEADER)),
					new Link("checkpoint-inspections", "nav.checkpointInspections", "/checkpoints/inspections",
							List.of("/checkpoints/inspections"), EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, LEADER)),
					// Anyone may be put on a checkpoint's roster, a county leader leading a shift too.
					new Link("my-shifts", "nav.myShifts", "/my-shifts", List.of("/my-shifts"), EVERYONE))),
			new Group("reports", "nav.group.reports", List.of(
					new Link("daily-report", "nav.dailyReport", "/reports", List.of("/reports/daily"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, VILLAGE_CADRE, MEDICAL_STAFF)),
					new Link("completeness", "nav.completeness", "/reports/completeness", List.of("/reports/completeness"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, LEADER)),
					new Link("rollup", "nav.rollup", "/reports/rollup", List.of("/reports/rollup"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, VILLAGE_CADRE, LEADER)),
					new Link("report-export", "nav.reportExport", "/reports/export", List.of("/reports/export", "/reports/dhis2-mapping"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, LEADER)),
					new Link("immediate-reports", "immediate.nav.link", "/reports/immediate", List.of("/reports/immediate"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF, TOWNSHIP_STAFF, VILLAGE_CADRE, GRID_WORKER, LEADER)),
					new Link("report-settings", "nav.reportSettings", "/reports/settings", List.of("/reports/settings"),
							EnumSet.of(SYSTEM_ADMIN, HQ_STAFF)))),
			new Group("admin", "nav.group.admin", List.of(
					new Link("users", "nav.users", "/admin/users", List.of("/admin/users"), EnumSet.of(SYSTEM_ADMIN)),
					new Link("audit", "nav.audit", "/admin/audit", List.of("/admin/audit"), EnumSet.of(SYSTEM_ADMIN)))));

	/** The menu for the signed-in user on the page at {@code path}; empty for someone not signed in. */
	public Menu menu(Authentication authentication, String path) {
		Set<Role> held = roles(authentication);
		String here = path == null ? "/" : path;
		List<Group> groups = new ArrayList<>();
		for (Group group : GROUPS) {
			List<Link> links = group.links().stream().filter(link -> link.visibleTo(held)).toList();
			if (!links.isEmpty()) {
				groups.add(new Group(group.id(), group.key(), links));
			}
		}
		Optional<Group> activeGroup = groups.stream()
			.filter(group -> group.links().stream().anyMatch(link -> link.match(here) >= 0))
			.max(Comparator.comparingInt(group -> best(group, here).match(here)));
		return new Menu(groups, activeGroup.orElse(null), activeGroup.map(group -> best(group, here)).orElse(null));
	}

	private static Link best(Group group, String path) {
		return group.links().stream().max(Comparator.comparingInt(link -> link.match(path))).orElseThrow();
	}

	private static Set<Role> roles(Authentication authentication) {
		Set<Role> held = EnumSet.noneOf(Role.class);
		if (authentication == null || !authentication.isAuthenticated()) {
			return held;
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (Role role : Role.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					held.add(role);
				}
			}
		}
		return held;
	}
}
