package org.bastion.shared;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * A refusal as a page lists it: the message key and arguments, and the row of a contact list it is
 * about (1 for the first), read from the field name {@code contacts[i].x}.
 */
public record PageErrors(Integer row, String key, Object[] args) {

	private static final Pattern ROW = Pattern.compile("contacts\\[(\\d+)]\\..*");

	public static List<PageErrors> of(BastionException refused) {
		if (refused instanceof InvalidInputException invalid) {
			return invalid.violations().stream().map(PageErrors::of).toList();
		}
		return List.of(new PageErrors(null, refused.messageKey(), refused.arguments()));
	}

	private static PageErrors of(FieldViolation violation) {
		Matcher row = ROW.matcher(violation.field());
		return new PageErrors(row.matches() ? Integer.valueOf(row.group(1)) + 1 : null, violation.messageKey(),
				violation.arguments());
	}
}
