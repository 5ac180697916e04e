package org.bastion.observation;

import java.time.LocalDate;

import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.shared.JurisdictionPath;

/** What a site needs of an order to check its person in: whose it is, where they live, whether it is open. */
public record ObservationForStay(long id, long personId, String personName, ObservationKind kind, boolean open,
		LocalDate releasedOn, JurisdictionPath jurisdictionPath) {
}
