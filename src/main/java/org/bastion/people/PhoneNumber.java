package org.bastion.people;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Pattern;

import org.bastion.people.PhoneNumber.PhoneNumberProblem;
import org.bastion.shared.Masking;

/**
 * A mainland mobile phone number: 11 digits, a 1 and then 3-9.
 *
 * <p>{@link #value()} is always those 11 digits, without country code or separators; the constructor
 * rejects anything else. Use {@link #parse(String)} for what people type.
 */
public record PhoneNumber(String value) {

	// Spaces of every width, invisible format characters from pasted text, and any kind of dash.
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{Z}\\p{Cf}\\p{Pd}]");

	/** Accepts only the canonical 11-digit form; use {@link #parse(String)} for user input. */
	public PhoneNumber {
		Objects.requireNonNull(value, "value");
		if (value.length() != 11) {
			throw new InvalidPhoneNumberException(PhoneNumberProblem.LENGTH);
		}
		if (!value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new InvalidPhoneNumberException(PhoneNumberProblem.CHARACTERS);
		}
		if (value.charAt(0) != '1' || value.charAt(1) < '3') {
			throw new InvalidPhoneNumberException(PhoneNumberProblem.PREFIX);
		}
	}

	/**
	 * Reads a number as people type it: full-width digits, spaces, hyphens and a leading {@code +86} or
	 * {@code 86} country code are accepted.
	 *
	 * @throws InvalidPhoneNumberException naming the first rule the number breaks
	 */
	public static PhoneNumber parse(String raw) {
		String normalized = raw == null ? ""
				: SEPARATORS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("");
		String national = withoutCountryCode(normalized);
		if (national.isEmpty()) {
			throw new InvalidPhoneNumberException(PhoneNumberProblem.EMPTY);
		}
		return new PhoneNumber(national);
	}

	/** {@code 13912341111} becomes {@code 139****1111}. */
	public String masked() {
		return Masking.phone(value);
	}

	private static String withoutCountryCode(String number) {
		// After a '+' the 86 can only be the country code; without one, only when a full number follows.
		if (number.startsWith("+86")) {
			return number.substring(3);
		}
		if (number.startsWith("86") && number.length() == 13) {
			return number.substring(2);
		}
		return number;
	}

	/**
	 * The rule a rejected mobile phone number broke, checked in declaration order.
	 *
	 * <p>The web layer maps each constant to a message key, so renaming a constant means renaming its
	 * message too.
	 */
	public enum PhoneNumberProblem {
		/** Nothing but whitespace and separators was entered. */
		EMPTY,
		/** Not 11 digits once separators and the +86 country code are removed. */
		LENGTH,
		/** Something other than digits, spaces, hyphens and a leading +86. */
		CHARACTERS,
		/** Does not start with 1 followed by 3-9, so it is not a mainland mobile number. */
		PREFIX
	}

	/**
	 * Thrown when text is not a mainland mobile phone number; {@link #problem()} tells which rule it broke.
	 *
	 * <p>The message never contains the number itself, because exception messages end up in logs.
	 */
	public static class InvalidPhoneNumberException extends RuntimeException {

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
}
