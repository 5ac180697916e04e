package org.bastion.observation;

import jakarta.validation.constraints.Size;

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
