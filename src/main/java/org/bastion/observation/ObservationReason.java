package org.bastion.observation;

/** Why a person is put under observation. */
public enum ObservationReason {
	ARRIVAL_FROM_RISK_AREA, CLOSE_CONTACT, FEVER, OTHER
}
