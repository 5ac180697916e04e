package org.bastion.people;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.bastion.people.IdNumber.InvalidIdNumberException;
import org.bastion.people.PhoneNumber.InvalidPhoneNumberException;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;

/**
 * The rules a person's facts obey, applied to what was typed. Every broken rule is reported at once,
 * each against its field, so that a form shows all its mistakes after one submission.
 */
final class PersonPolicy {

	static final int NAME_MAX = 50;

	static final int ADDRESS_MAX = 200;

	static final int DOCUMENT_NUMBER_MAX = 40;

	private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1880, 1, 1);

	// Control characters break exports and printed ledgers; nobody's name contains one.
	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

	private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[0-9A-Z()-]{4,40}");

	private static final Pattern CLIENT_ID = Pattern.compile("[0-9A-Za-z._:-]{1,64}");

	private PersonPolicy() {
	}

	/**
	 * Checks and normalises a person's facts.
	 *
	 * @throws InvalidInputException listing every broken rule
	 */
	static PersonFacts check(String idNumber, DocumentType documentType, String documentNumber, String name,
			Sex sex, LocalDate birthDate, String phone, String address, Set<CareFlag> careFlags, LocalDate today) {
		List<FieldViolation> violations = new ArrayList<>();
		String cleanName = normalizeName(name);
		if (cleanName == null) {
			violations.add(new FieldViolation("name", "required", "person.name.required"));
		}
		else if (cleanName.length() > NAME_MAX) {
			violations.add(new FieldViolation("name", "size", "person.name.size", NAME_MAX));
		}
		else if (CONTROL.matcher(cleanName).find()) {
			violations.add(new FieldViolation("name", "characters", "person.name.characters"));
		}

		String rawId = blankToNull(idNumber);
		DocumentType type = documentType != null ? documentType : rawId != null ? DocumentType.RESIDENT_ID : null;
		String cleanId = null;
		String cleanDocument = null;
		Sex cleanSex = sex;
		LocalDate cleanBirthDate = birthDate;
		if (type == null) {
			violations.add(new FieldViolation("documentType", "required", "person.documentType.required"));
		}
		else if (type == DocumentType.RESIDENT_ID) {
			try {
				IdNumber id = IdNumber.parse(rawId, today);
				cleanId = id.value();
				// The number is the authority on both; a conflicting hand entry is a typo.
				cleanSex = id.sex();
				cleanBirthDate = id.birthDate();
			}
			catch (InvalidIdNumberException e) {
				violations.add(idViolation(e));
			}
		}
		else {
			if (rawId != null) {
				violations.add(new FieldViolation("idNumber", "documentType", "person.idNumber.notForDocumentType"));
			}
			String document = normalizeDocumentNumber(documentNumber);
			if (type == DocumentType.NONE) {
				if (document != null) {
					violations.add(new FieldViolation("documentNumber", "documentType",
							"person.documentNumber.notForNone"));
				}
			}
			else if (document == null) {
				violations.add(new FieldViolation("documentNumber", "required", "person.documentNumber.required"));
			}
			else if (!DOCUMENT_NUMBER.matcher(document).matches()) {
				violations.add(new FieldViolation("documentNumber", "shape", "person.documentNumber.shape"));
			}
			else {
				cleanDocument = document;
			}
			if (birthDate != null && birthDate.isAfter(today)) {
				violations.add(new FieldViolation("birthDate", "past", "person.birthDate.future"));
			}
			else if (birthDate != null && birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
				violations.add(new FieldViolation("birthDate", "range", "person.birthDate.tooEarly"));
			}
		}

		String cleanPhone = null;
		if (blankToNull(phone) != null) {
			try {
				cleanPhone = PhoneNumber.parse(phone).value();
			}
			catch (InvalidPhoneNumberException e) {
				violations.add(new FieldViolation("phone", e.problem().name().toLowerCase(Locale.ROOT),
						"person.phone." + e.problem().name()));
			}
		}

		String cleanAddress = blankToNull(address) == null ? null : WHITESPACE.matcher(address.strip()).replaceAll(" ");
		if (cleanAddress != null && cleanAddress.length() > ADDRESS_MAX) {
			violations.add(new FieldViolation("address", "size", "person.address.size", ADDRESS_MAX));
		}
		else if (cleanAddress != null && CONTROL.matcher(cleanAddress).find()) {
			violations.add(new FieldViolation("address", "characters", "person.address.characters"));
		}

		Set<CareFlag> flags = careFlags == null || careFlags.isEmpty() ? EnumSet.noneOf(CareFlag.class)
				: EnumSet.copyOf(careFlags);
		if (flags.contains(CareFlag.PREGNANT) && cleanSex == Sex.MALE) {
			violations.add(new FieldViolation("careFlags", "pregnantMale", "person.careFlags.pregnantMale"));
		}

		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new PersonFacts(cleanId, type, cleanDocument, cleanName, cleanSex, cleanBirthDate, cleanPhone,
				cleanAddress, Set.copyOf(flags));
	}

	/** The violation for a rejected ID number; the key is {@code person.idNumber.<PROBLEM>}. */
	static FieldViolation idViolation(InvalidIdNumberException e) {
		String key = "person.idNumber." + e.problem().name();
		String rule = e.problem().name().toLowerCase(Locale.ROOT);
		return e.expectedCheckCharacter()
			.map(expected -> new FieldViolation("idNumber", rule, key, String.valueOf(expected)))
			.orElseGet(() -> new FieldViolation("idNumber", rule, key));
	}

	static void checkClientId(String clientId) {
		if (clientId != null && !CLIENT_ID.matcher(clientId).matches()) {
			throw new InvalidInputException(new FieldViolation("clientId", "shape", "person.clientId.size"));
		}
	}

	/** Full-width letters and compatibility ideographs folded, runs of spaces made one, as searches expect. */
	static String normalizeName(String name) {
		if (blankToNull(name) == null) {
			return null;
		}
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
		return WHITESPACE.matcher(folded.strip()).replaceAll(" ");
	}

	static String normalizeDocumentNumber(String number) {
		if (blankToNull(number) == null) {
			return null;
		}
		String folded = Normalizer.normalize(number, Normalizer.Form.NFKC);
		return WHITESPACE.matcher(folded).replaceAll("").toUpperCase(Locale.ROOT);
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
