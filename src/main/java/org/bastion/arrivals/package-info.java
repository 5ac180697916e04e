/**
 * Arrivals (返乡人员): registration with the person found or created, the risk level with its reasons
 * from the risk areas HQ designates and the plate's province, the recommended measure from the table HQ
 * edits, data-quality lists per area and the ledgers (台账). Public API: {@link org.bastion.arrivals.Arrivals}
 * and the events {@link org.bastion.arrivals.ArrivalRegistered} and {@link org.bastion.arrivals.ArrivalRiskChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Arrivals", allowedDependencies = { "shared", "jurisdiction", "people" })
package org.bastion.arrivals;
