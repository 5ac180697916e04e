package org.bastion.arrivals;

/** How risky an arrival's trip was, from none to high; declared in rising order of severity. */
public enum RiskLevel {
	NONE, LOW, MEDIUM, HIGH;

	public boolean isAbove(RiskLevel other) {
		return compareTo(other) > 0;
	}

	public static RiskLevel max(RiskLevel a, RiskLevel b) {
		return a.compareTo(b) >= 0 ? a : b;
	}
}
