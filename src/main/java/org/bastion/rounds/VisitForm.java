package org.bastion.rounds;

import jakarta.validation.constraints.Size;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;

/**
 * One tap on a visit card, as the browser sends it: the outcome is the button pressed, the note and
 * number of returnees are optional fields beside the buttons.
 */
record VisitForm(@Size(max = 32) String outcome, @Size(max = 500, message = "{visit.note.size}") String note,
		@Size(max = 4, message = "{visit.returnees.range}") String returnees,
		@Size(max = 64, message = "{visit.clientId.size}") String clientId) {

	VisitReport toReport() {
		VisitOutcome chosen;
		try {
			chosen = VisitOutcome.valueOf(outcome == null ? "" : outcome.strip());
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidInputException(new FieldViolation("outcome", "required", "visit.outcome.required"));
		}
		Integer count = null;
		if (returnees != null && !returnees.isBlank()) {
			try {
				count = Integer.valueOf(returnees.strip());
			}
			catch (NumberFormatException notANumber) {
				throw new InvalidInputException(new FieldViolation("returnees", "range", "visit.returnees.range"));
			}
		}
		// Returnees typed and then another button tapped: the number belongs to "with returnees" only.
		if (chosen != VisitOutcome.VISITED_WITH_RETURNEES) {
			count = null;
		}
		return new VisitReport(chosen, note, count, clientId);
	}
}
