/**
 * The demo county, loaded with {@code --demo}: 兴文县 (511528) with its townships, villages and
 * generated groups or grids, a generated population in households, and one account per role.
 * It uses only the other modules' APIs, as any importer would.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo", allowedDependencies = { "shared", "jurisdiction", "people", "security" })
package org.bastion.demo;
