package org.bastion.pushedlists;

/** The route class of a person found: how close their journey came to a risk area. */
public enum VerificationRoute {
	STAYED_IN_RISK_AREA, PASSED_THROUGH_RISK_AREA, NO_RISK_AREA
}
