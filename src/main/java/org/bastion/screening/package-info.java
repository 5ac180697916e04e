/**
 * Screening: arrivals (returnees) with their risk level and recommended measure, the risk areas and
 * the measures table HQ keeps, door-to-door screening rounds with household visits and coverage,
 * and pushed lists verified by the grids. Publishes {@code ArrivalRegistered},
 * {@code ListEntryVerified} and the other past-tense events that observation, reporting and tasks
 * react to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Screening", allowedDependencies = { "shared", "jurisdiction", "people", "security" })
package org.bastion.screening;
