/**
 * Pushed lists (大数据推送): an uploaded list checked row by row, its entries matched to persons and
 * dispatched to grids, verified there, counted per area, and the result file sent back up. Public API:
 * {@link org.bastion.pushedlists.PushedLists}, {@link org.bastion.pushedlists.Verifications} and the events
 * {@link org.bastion.pushedlists.PushedListImported} and {@link org.bastion.pushedlists.ListEntryVerified}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pushed lists", allowedDependencies = { "shared", "jurisdiction", "people", "security", "arrivals" })
package org.bastion.pushedlists;
