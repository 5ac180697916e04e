package org.bastion.arrivals;

import java.util.List;

/** An arrival's risk level and every reason for it, the strongest first; NONE has no reasons. */
record RiskAssessment(RiskLevel level, List<RiskReason> reasons) {

	public RiskAssessment {
		reasons = List.copyOf(reasons);
	}
}
