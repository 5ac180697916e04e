package org.bastion.pushedlists;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;

/**
 * A grid's verdict on one list entry.
 *
 * @param route required when the person was found, refused otherwise
 * @param clientId makes a retried submission from a phone on a weak network safe
 */
public record Verification(@NotNull(message = "{pushedList.verification.outcome.required}") VerificationOutcome outcome,
		@Size(max = 500, message = "{pushedList.verification.note.size}") String note, VerificationRoute route,
		@Size(max = 64, message = "{pushedList.verification.clientId.size}") String clientId) {

	public Verification withClientId(String id) {
		return new Verification(outcome, note, route, id);
	}

	/** The rules Bean Validation cannot express: a route goes with a found person, and only with one. */
	public void check() {
		List<FieldViolation> violations = new ArrayList<>();
		if (outcome == null) {
			violations.add(new FieldViolation("outcome", "required", "pushedList.verification.outcome.required"));
		}
		else if (outcome.found() && route == null) {
			violations.add(new FieldViolation("route", "requiredWhenFound", "pushedList.verification.route.required"));
		}
		else if (!outcome.found() && route != null) {
			violations.add(new FieldViolation("route", "onlyWhenFound", "pushedList.verification.route.notFound"));
		}
		if (note != null && note.length() > 500) {
			violations.add(new FieldViolation("note", "size", "pushedList.verification.note.size"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
	}
}
