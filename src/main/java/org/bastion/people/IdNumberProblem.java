package org.bastion.people;

/**
 * The rule a rejected resident ID number broke, checked in declaration order.
 *
 * <p>The web layer resolves each constant to the message key {@code person.idNumber.<NAME>}, so
 * renaming a constant means renaming its message too.
 */
public enum IdNumberProblem {
	/** Nothing but whitespace was entered. */
	EMPTY,
	/** Neither 18 characters nor 15 (a first-generation number). */
	LENGTH,
	/** Something other than digits, except an upper-case X as the 18th character. */
	CHARACTERS,
	/** The first two digits are not a GB/T 2260 province-level code. */
	REGION,
	/** Digits 7-14 are not a real calendar date on or after 1880-01-01. */
	BIRTH_DATE,
	/** The birth date is after today. */
	FUTURE_BIRTH_DATE,
	/** The 18th character does not match the ISO 7064 MOD 11-2 check of the first 17 digits. */
	CHECK_CHARACTER
}
