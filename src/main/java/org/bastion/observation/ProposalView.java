package org.bastion.observation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.shared.AccountNames;
import org.bastion.shared.JurisdictionPath;

/**
 * A proposal to put a person under observation, made from their arrival.
 *
 * @param startDate the arrival date: the order starts then when accepted
 * @param riskLevel and {@code measure}: the arrival's, as screening assessed it when proposed
 * @param decidedByName the display name of who accepted or dismissed it ({@code decidedBy} is the login)
 * @param observationId the order made when accepted, or the one that superseded the proposal
 */
record ProposalView(long id, long arrivalId, long personId, String personName, ObservationKind kind,
		LocalDate startDate, String riskLevel, String measure, ProposalStatus status, String jurisdictionCode,
		Instant proposedAt, String decidedBy, String decidedByName, Instant decidedAt, String dismissReason,
		Long observationId) {

	/** This proposal with the display name of who decided it. */
	ProposalView named(AccountNames names) {
		return new ProposalView(id, arrivalId, personId, personName, kind, startDate, riskLevel, measure, status,
				jurisdictionCode, proposedAt, decidedBy, names.namer(decidedBy).apply(decidedBy), decidedAt,
				dismissReason, observationId);
	}

	/** The proposal as stored, with its place's path, which viewers are not shown. */
	record Row(ProposalView view, JurisdictionPath path) {
	}

	public boolean open() {
		return status == ProposalStatus.OPEN;
	}

	/**
	 * A proposal is open until someone accepts it (an order is made) or dismisses it with a reason; it is
	 * superseded when the person is put under observation another way, and withdrawn when the arrival's
	 * measure no longer calls for observation.
	 */
	public enum ProposalStatus {
		OPEN, ACCEPTED, DISMISSED, SUPERSEDED, WITHDRAWN
	}

	/**
	 * Accepting or dismissing a proposal.
	 *
	 * @param monitorUserId on accepting, the monitor of the order; when absent, the signed-in user if they
	 * are one, or else the monitor who answers for the most precise place of the person
	 * @param reason on dismissing, why: required then
	 */
	public record ProposalDecision(Long monitorUserId,
			@Size(max = 200, message = "{proposal.reason.size}") String reason) {
	}
}
