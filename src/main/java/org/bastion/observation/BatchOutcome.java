package org.bastion.observation;

import java.util.List;

import org.bastion.shared.FieldViolation;

/**
 * What became of one check of a batch: {@code status} as the single endpoint would have answered (201
 * stored, 200 seen before, 400 invalid, 404 unknown order, 409 released order), with the rule broken.
 *
 * @param messageKey the refusal when it is not about a field
 */
public record BatchOutcome(int index, Long observationId, String clientId, int status, CheckOutcome recorded,
		List<FieldViolation> violations, String messageKey) {
}
