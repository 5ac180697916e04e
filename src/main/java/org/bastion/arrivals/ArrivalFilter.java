package org.bastion.arrivals;

import java.time.LocalDate;

import org.bastion.shared.JurisdictionPath;

/** Which arrivals a list or ledger holds: an area the viewer may see, arrival dates, and a level or any. */
record ArrivalFilter(JurisdictionPath scope, LocalDate from, LocalDate to, RiskLevel risk) {
}
