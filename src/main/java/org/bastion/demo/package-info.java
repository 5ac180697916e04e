/**
 * The demo county, loaded with {@code --demo}: 兴文县 (511528) with its townships, villages and
 * generated groups or grids, a generated population in households, one account per role, and a month
 * of activity dated back from the day it starts (returnees, rounds, orders and checks, a case and its
 * contacts, staff check-ins, the township's checkpoints with a fortnight of passages and two inspections).
 * It uses only the other modules' APIs, as any importer would.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo", allowedDependencies = { "shared", "jurisdiction", "people", "security", "arrivals", "rounds", "pushedlists",
		"observation", "isolation", "cases", "checkin", "checkpoint" })
package org.bastion.demo;
