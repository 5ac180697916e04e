package org.bastion.reporting;

import org.bastion.shared.JurisdictionPath;

/**
 * A unit that submits a daily report: a village or community, a township (which sums its villages), or a
 * unit a module keeps (an isolation site, later a checkpoint).
 *
 * @param ref the village's or township's code, or the unit's reference ({@code site:12})
 * @param kind {@code VILLAGE}, {@code TOWNSHIP}, {@code SITE}, …, named by the message {@code report.unitKind.<kind>}
 * @param path the area the unit is, or sits in
 */
record ReportUnit(String ref, String name, String kind, JurisdictionPath path) {

	static final String VILLAGE = "VILLAGE";

	static final String TOWNSHIP = "TOWNSHIP";

	boolean isArea() {
		return VILLAGE.equals(kind) || TOWNSHIP.equals(kind);
	}

	boolean township() {
		return TOWNSHIP.equals(kind);
	}
}
