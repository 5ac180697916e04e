package org.bastion.demo;

import java.util.List;

import org.bastion.security.Role;

/** One account per kind of user of the demo county, all with the demo password. */
final class DemoAccounts {

	record Account(String username, String displayName, Role role, String jurisdictionCode) {
	}

	private DemoAccounts() {
	}

	/** The village is the first of 共乐镇, and the grid the first group or grid under it. */
	static List<Account> all(String village, String grid) {
		return List.of(new Account("demo-admin", "县系统管理员", Role.SYSTEM_ADMIN, DemoTree.COUNTY),
				new Account("demo-county", "县指挥部 李明", Role.HQ_STAFF, DemoTree.COUNTY),
				new Account("demo-township", "共乐镇 王芳", Role.TOWNSHIP_STAFF, DemoTree.TOWNSHIP),
				new Account("demo-village", "村干部 张强", Role.VILLAGE_CADRE, village),
				new Account("demo-grid", "网格员 刘洋", Role.GRID_WORKER, grid),
				new Account("demo-leader", "县领导 陈刚", Role.LEADER, DemoTree.COUNTY));
	}

	/** The demo's account names, which mark a database as the demo's. */
	static List<String> usernames() {
		return all(null, null).stream().map(Account::username).toList();
	}
}
