package org.bastion.shared;

import java.util.List;

/** Input that breaks a rule bean validation cannot see (checksums, known codes, dates). */
public class InvalidInputException extends BastionException {

	private final transient List<FieldViolation> violations;

	public InvalidInputException(List<FieldViolation> violations) {
		super("error.invalidInput");
		this.violations = List.copyOf(violations);
	}

	public InvalidInputException(FieldViolation violation) {
		this(List.of(violation));
	}

	public List<FieldViolation> violations() {
		return violations;
	}
}
