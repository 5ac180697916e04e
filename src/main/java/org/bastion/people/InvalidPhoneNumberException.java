package org.bastion.people;

/**
 * Thrown when text is not a mainland mobile phone number; {@link #problem()} tells which rule it broke.
 *
 * <p>The message never contains the number itself, because exception messages end up in logs.
 */
public class InvalidPhoneNumberException extends RuntimeException {

	private final PhoneNumberProblem problem;

	public InvalidPhoneNumberException(PhoneNumberProblem problem) {
		super(switch (problem) {
			case EMPTY -> "Phone number is empty";
			case LENGTH -> "Phone number must have 11 digits after an optional +86";
			case CHARACTERS -> "Phone number may contain only digits, spaces, hyphens and a leading +86";
			case PREFIX -> "Phone number must start with 1 followed by 3-9 (mainland mobile)";
		});
		this.problem = problem;
	}

	public PhoneNumberProblem problem() {
		return problem;
	}
}
