package org.bastion.health.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bastion.shared.BastionException;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;

/**
 * A refusal as a page lists it: the message key and arguments, and the row of a contact list it is
 * about (1 for the first), read from the field name {@code contacts[i].x}.
 */
record CasePageErrors(Integer row, String key, Object[] args) {

	private static final Pattern ROW = Pattern.compile("contacts\\[(\\d+)]\\..*");

	static List<CasePageErrors> of(BastionException refused) {
		if (refused instanceof InvalidInputException invalid) {
			return invalid.violations().stream().map(CasePageErrors::of).toList();
		}
		return List.of(new CasePageErrors(null, refused.messageKey(), refused.arguments()));
	}

	private static CasePageErrors of(FieldViolation violation) {
		Matcher row = ROW.matcher(violation.field());
		return new CasePageErrors(row.matches() ? Integer.valueOf(row.group(1)) + 1 : null, violation.messageKey(),
				violation.arguments());
	}
}
