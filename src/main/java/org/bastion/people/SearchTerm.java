package org.bastion.people;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.bastion.people.IdNumber.InvalidIdNumberException;

/**
 * What a single search box's text asks for. Field workers type whatever they have in front of them:
 * a full ID number (maybe 15 digits, maybe full-width), a phone, the last digits of either as read
 * off a card, or the start of a name. Each kind maps to one indexed predicate.
 */
record SearchTerm(Kind kind, String value) {

	/** The longest term worth reading: anything longer is not a name, number or document. */
	static final int MAX_LENGTH = 100;

	/** Fewer digits than this would match a large share of any area. */
	static final int MIN_DIGITS = 4;

	enum Kind {
		/** No term: everyone in the area, newest first. */
		ALL,
		/** A whole resident ID number, normalised to 18 characters. */
		ID_NUMBER,
		/** A whole mainland mobile number. */
		PHONE,
		/** Part of an ID number or phone: matched at the start or the end of either. */
		DIGITS,
		/** Too few digits to search by. */
		TOO_SHORT,
		/** The start of a name, or a whole document number. */
		NAME
	}

	private static final Pattern IGNORABLE = Pattern.compile("[\\s\\p{Z}\\p{Cf}]");

	private static final Pattern NUMBER_SEPARATORS = Pattern.compile("[\\s\\p{Z}\\p{Cf}\\p{Pd}]");

	private static final Pattern ID_LIKE = Pattern.compile("[0-9]{17}[0-9X]|[0-9]{15}");

	private static final Pattern PHONE_LIKE = Pattern.compile("(\\+?86)?1[3-9][0-9]{9}");

	private static final Pattern DIGITS = Pattern.compile("[0-9]+X?");

	static SearchTerm of(String raw) {
		if (raw == null) {
			return new SearchTerm(Kind.ALL, "");
		}
		String folded = Normalizer.normalize(raw, Normalizer.Form.NFKC);
		String compact = IGNORABLE.matcher(folded).replaceAll("");
		if (compact.isEmpty()) {
			return new SearchTerm(Kind.ALL, "");
		}
		String number = NUMBER_SEPARATORS.matcher(folded).replaceAll("").toUpperCase(Locale.ROOT);
		if (ID_LIKE.matcher(number).matches()) {
			try {
				return new SearchTerm(Kind.ID_NUMBER, IdNumber.parse(number).value());
			}
			catch (InvalidIdNumberException notAnId) {
				// A mistyped 18-character number can match nothing stored; a 15-digit string may still
				// be part of a longer number.
				return number.length() == 18 ? new SearchTerm(Kind.ID_NUMBER, number)
						: new SearchTerm(Kind.DIGITS, number);
			}
		}
		if (PHONE_LIKE.matcher(number).matches()) {
			return new SearchTerm(Kind.PHONE, PhoneNumber.parse(number).value());
		}
		if (DIGITS.matcher(number).matches()) {
			return number.length() < MIN_DIGITS ? new SearchTerm(Kind.TOO_SHORT, number)
					: new SearchTerm(Kind.DIGITS, number);
		}
		return new SearchTerm(Kind.NAME, folded.strip());
	}

	/** The same term as a document number is stored. */
	String asDocumentNumber() {
		return PersonPolicy.normalizeDocumentNumber(value);
	}

	String reversed() {
		return new StringBuilder(value).reverse().toString();
	}
}
