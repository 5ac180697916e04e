package org.bastion.cases;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bastion.observation.Observations;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;

/**
 * The rules contact rows keep before anyone is registered: a name, a last exposure that has happened and
 * is recent enough to observe from, and each contact once in the batch. Rows are named by their number
 * (1 for the first), the way the tracer sees them. That a contact is not the case themself is checked
 * once the person is known ({@link #notTheCase}).
 */
final class ContactPolicy {

	public static final int MAX_ROWS = 500;

	/** A row kept, with the key that tells a repeated contact. */
	public record CheckedRow(int index, NewContact contact, String idNumber, String matchKey) {
	}

	private ContactPolicy() {
	}

	/**
	 * @return the rows to store, each contact once (later repeats in the batch dropped)
	 * @throws InvalidInputException naming every broken rule by row
	 */
	public static List<CheckedRow> check(List<NewContact> rows, LocalDate today) {
		List<FieldViolation> violations = new ArrayList<>();
		List<CheckedRow> kept = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < rows.size(); i++) {
			NewContact row = rows.get(i);
			String prefix = "contacts[" + i + "].";
			if (row == null || blank(row.name())) {
				violations.add(new FieldViolation(prefix + "name", "required", "contact.row.name", i + 1));
				continue;
			}
			LocalDate exposure = row.lastExposureDate();
			if (exposure != null && exposure.isAfter(today)) {
				violations.add(new FieldViolation(prefix + "lastExposureDate", "future", "contact.row.exposureFuture", i + 1));
			}
			else if (exposure != null && exposure.isBefore(today.minusDays(Observations.MAX_DAYS_BACK))) {
				violations.add(new FieldViolation(prefix + "lastExposureDate", "range", "contact.row.exposureOld", i + 1,
						Observations.MAX_DAYS_BACK));
			}
			String idNumber = blank(row.idNumber()) ? null : normalise(row.idNumber()).toUpperCase(Locale.ROOT);
			String key = idNumber != null ? "i:" + idNumber : "n:" + row.name().strip() + "|" + digits(row.phone());
			if (seen.add(key)) {
				kept.add(new CheckedRow(i, row, idNumber, key));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return kept;
	}

	/** The key a stored contact is known by: the person once they have an ID number, else name and phone. */
	public static String storedKey(CheckedRow row, long personId) {
		return row.idNumber() != null ? "p:" + personId : row.matchKey();
	}

	/** @throws InvalidInputException when the contact found for the row is the case's own person */
	public static void notTheCase(CheckedRow row, long contactPersonId, long casePersonId) {
		if (contactPersonId == casePersonId) {
			throw new InvalidInputException(new FieldViolation("contacts[" + row.index() + "].idNumber", "notTheCase",
					"contact.row.self", row.index() + 1));
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
	}

	private static String digits(String phone) {
		return phone == null ? "" : normalise(phone).replaceAll("[^0-9]", "");
	}
}
