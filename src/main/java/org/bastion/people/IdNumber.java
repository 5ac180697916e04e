package org.bastion.people;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.bastion.people.IdNumber.IdNumberProblem;
import org.bastion.shared.Masking;

/**
 * A mainland resident identity number (公民身份号码, GB 11643-1999).
 *
 * <p>{@link #value()} is always the 18-character form with an upper-case {@code X}; the constructor
 * rejects anything else, so every instance passes every rule except "not born in the future", which
 * depends on a clock and is checked by {@link #parse(String, LocalDate)}. Use {@code parse} for what
 * people type: it forgives spacing, full-width characters and 15-digit first-generation numbers.
 */
public record IdNumber(String value) {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	// GB 11643 sets no lower bound; 1880 is the year of the standard's own oldest example and still
	// catches typos such as 1094 that a bare calendar check would let through.
	private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1880, 1, 1);

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK_CHARACTERS = "10X98765432";

	private static final Set<String> PROVINCES = Set.of(
			"11", "12", "13", "14", "15",
			"21", "22", "23",
			"31", "32", "33", "34", "35", "36", "37",
			"41", "42", "43", "44", "45", "46",
			"50", "51", "52", "53", "54",
			"61", "62", "63", "64", "65",
			"71", "81", "82");

	// Pasted numbers often carry ideographic or non-breaking spaces and invisible format characters.
	private static final Pattern IGNORABLE = Pattern.compile("[\\s\\p{Z}\\p{Cf}]");

	/** Accepts only the canonical 18-character form; use {@link #parse(String)} for user input. */
	public IdNumber {
		Objects.requireNonNull(value, "value");
		if (value.length() != 18) {
			throw new InvalidIdNumberException(IdNumberProblem.LENGTH);
		}
		char last = value.charAt(17);
		if (!isDigits(value.substring(0, 17)) || !(isDigit(last) || last == 'X')) {
			throw new InvalidIdNumberException(IdNumberProblem.CHARACTERS);
		}
		if (!PROVINCES.contains(value.substring(0, 2))) {
			throw new InvalidIdNumberException(IdNumberProblem.REGION);
		}
		birthDateOf(value);
		char expected = checkCharacter(value.substring(0, 17));
		if (last != expected) {
			throw InvalidIdNumberException.wrongCheckCharacter(expected);
		}
	}

	/** {@link #parse(String, LocalDate)} with today's date in China. */
	public static IdNumber parse(String raw) {
		return parse(raw, LocalDate.now(CHINA));
	}

	/**
	 * Reads a number as people type it: surrounding and inner spaces, full-width characters, a lower-case
	 * {@code x} and 15-digit first-generation numbers are all accepted.
	 *
	 * @throws InvalidIdNumberException naming the first rule the number breaks
	 */
	public static IdNumber parse(String raw, LocalDate today) {
		Objects.requireNonNull(today, "today");
		String normalized = normalize(raw);
		if (normalized.isEmpty()) {
			throw new InvalidIdNumberException(IdNumberProblem.EMPTY);
		}
		IdNumber id = new IdNumber(normalized.length() == 15 ? upgrade(normalized) : normalized);
		if (id.birthDate().isAfter(today)) {
			throw new InvalidIdNumberException(IdNumberProblem.FUTURE_BIRTH_DATE);
		}
		return id;
	}

	/**
	 * Builds a valid number, for generated demo data. No clock check: the caller picks the birth date.
	 *
	 * @param region6 six-digit administrative division code whose first two digits name a province
	 * @param sequence3 0-999; odd for men, even for women
	 */
	public static IdNumber of(String region6, LocalDate birth, int sequence3) {
		if (region6 == null || region6.length() != 6 || !isDigits(region6)) {
			throw new IllegalArgumentException("region must be 6 digits");
		}
		if (sequence3 < 0 || sequence3 > 999) {
			throw new IllegalArgumentException("sequence must be 0-999");
		}
		String first17 = "%s%04d%02d%02d%03d".formatted(region6, birth.getYear(), birth.getMonthValue(),
				birth.getDayOfMonth(), sequence3);
		return new IdNumber(first17 + checkCharacter(first17));
	}

	/** The ISO 7064 MOD 11-2 check character ({@code 0-9} or {@code X}) for the first 17 digits. */
	public static char checkCharacter(String first17) {
		if (first17 == null || first17.length() != 17 || !isDigits(first17)) {
			throw new IllegalArgumentException("expected 17 digits");
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS.charAt(sum % 11);
	}

	public LocalDate birthDate() {
		return birthDateOf(value);
	}

	public Sex sex() {
		return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
	}

	/** Completed years of age on {@code date}; a 29 February birthday completes on 1 March in common years. */
	public int ageOn(LocalDate date) {
		LocalDate birth = birthDate();
		if (date.isBefore(birth)) {
			throw new IllegalArgumentException("date precedes the birth date");
		}
		return Period.between(birth, date).getYears();
	}

	/** The six-digit administrative division where the number was issued. */
	public String regionCode() {
		return value.substring(0, 6);
	}

	/** {@code 511528199001011234} becomes {@code 511528********1234}. */
	public String masked() {
		return Masking.idNumber(value);
	}

	private static String normalize(String raw) {
		if (raw == null) {
			return "";
		}
		// NFKC folds what Chinese input methods produce (full-width １２３Ｘ, the Roman numeral Ⅹ) to ASCII.
		String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
		return IGNORABLE.matcher(folded).replaceAll("").replace('x', 'X');
	}

	/** First-generation numbers omit the century (always 19) and have no check character. */
	private static String upgrade(String number15) {
		if (!isDigits(number15)) {
			throw new InvalidIdNumberException(IdNumberProblem.CHARACTERS);
		}
		String first17 = number15.substring(0, 6) + "19" + number15.substring(6);
		return first17 + checkCharacter(first17);
	}

	private static LocalDate birthDateOf(String value) {
		LocalDate date;
		try {
			date = LocalDate.of(Integer.parseInt(value, 6, 10, 10), Integer.parseInt(value, 10, 12, 10),
					Integer.parseInt(value, 12, 14, 10));
		}
		catch (DateTimeException e) {
			throw new InvalidIdNumberException(IdNumberProblem.BIRTH_DATE);
		}
		if (date.isBefore(EARLIEST_BIRTH_DATE)) {
			throw new InvalidIdNumberException(IdNumberProblem.BIRTH_DATE);
		}
		return date;
	}

	private static boolean isDigits(String s) {
		return s.chars().allMatch(IdNumber::isDigit);
	}

	// Character.isDigit would also accept Arabic-Indic and other non-ASCII digits.
	private static boolean isDigit(int c) {
		return c >= '0' && c <= '9';
	}

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

	/**
	 * Thrown when text is not a valid resident ID number; {@link #problem()} tells which rule it broke.
	 *
	 * <p>The message names the rule but never contains the number itself, because exception messages end
	 * up in logs and ID numbers are personal data.
	 */
	public static class InvalidIdNumberException extends RuntimeException {

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
}
