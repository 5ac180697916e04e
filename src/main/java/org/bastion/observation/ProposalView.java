package org.bastion.observation;

import java.time.Instant;
import java.time.LocalDate;

import org.bastion.shared.JurisdictionPath;

/**
 * A proposal to put a person under observation, made from their arrival.
 *
 * @param startDate the arrival date: the order starts then when accepted
 * @param riskLevel and {@code measure}: the arrival's, as screening assessed it when proposed
 * @param observationId the order made when accepted, or the one that superseded the proposal
 */
public record ProposalView(long id, long arrivalId, long personId, String personName, ObservationKind kind,
		LocalDate startDate, String riskLevel, String measure, ProposalStatus status, String jurisdictionCode,
		Instant proposedAt, String decidedBy, Instant decidedAt, String dismissReason, Long observationId) {

	/** The proposal as stored, with its place's path, which viewers are not shown. */
	record Row(ProposalView view, JurisdictionPath path) {
	}

	public boolean open() {
		return status == ProposalStatus.OPEN;
	}
}
