package org.bastion.people;

import java.util.Optional;

/**
 * Thrown when text is not a valid resident ID number; {@link #problem()} tells which rule it broke.
 *
 * <p>The message names the rule but never contains the number itself, because exception messages end
 * up in logs and ID numbers are personal data.
 */
public class InvalidIdNumberException extends RuntimeException {

	private final IdNumberProblem problem;
	private final Character expectedCheckCharacter;

	public InvalidIdNumberException(IdNumberProblem problem) {
		this(problem, null);
	}

	private InvalidIdNumberException(IdNumberProblem problem, Character expectedCheckCharacter) {
		super(message(problem, expectedCheckCharacter));
		this.problem = problem;
		this.expectedCheckCharacter = expectedCheckCharacter;
	}

	/** A {@link IdNumberProblem#CHECK_CHARACTER} failure that remembers what the check character should be. */
	public static InvalidIdNumberException wrongCheckCharacter(char expected) {
		return new InvalidIdNumberException(IdNumberProblem.CHECK_CHARACTER, expected);
	}

	public IdNumberProblem problem() {
		return problem;
	}

	/** The check character the first 17 digits call for; present only for {@link IdNumberProblem#CHECK_CHARACTER}. */
	public Optional<Character> expectedCheckCharacter() {
		return Optional.ofNullable(expectedCheckCharacter);
	}

	private static String message(IdNumberProblem problem, Character expected) {
		return switch (problem) {
			case EMPTY -> "ID number is empty";
			case LENGTH -> "ID number must have 18 characters (or 15 for a first-generation number)";
			case CHARACTERS -> "ID number may contain only digits, except an upper-case X as the 18th character";
			case REGION -> "ID number does not start with a GB/T 2260 province-level region code";
			case BIRTH_DATE -> "ID number digits 7-14 are not a calendar date on or after 1880-01-01";
			case FUTURE_BIRTH_DATE -> "ID number birth date is in the future";
			case CHECK_CHARACTER -> expected == null
					? "ID number check character does not match ISO 7064 MOD 11-2"
					: "ID number check character does not match ISO 7064 MOD 11-2; the first 17 digits call for '"
							+ expected + "'";
		};
	}
}
