package org.bastion.people;

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
