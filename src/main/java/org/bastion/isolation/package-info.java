/**
 * Isolation sites (集中隔离点): sites with rooms and beds, stays from check-in to check-out, transfers,
 * occupancy per site and county, and occupants' requests fulfilled by staff. Public API:
 * {@link org.bastion.isolation.IsolationSites}, {@link org.bastion.isolation.Stays} and
 * {@link org.bastion.isolation.OccupantRequests}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Isolation", allowedDependencies = { "shared", "jurisdiction", "people", "observation" })
package org.bastion.isolation;
