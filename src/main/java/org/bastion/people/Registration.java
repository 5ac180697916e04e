package org.bastion.people;

import java.util.List;

/**
 * The outcome of registering a person.
 *
 * @param replayed true when the client id had been seen: nothing new was stored and {@code person}
 * is the one the first submission created
 * @param warnings things the registrar should check but that do not stop the registration
 */
record Registration(PersonView person, List<Warning> warnings, boolean replayed) {

	/** A message key with the persons it is about, e.g. {@code person.duplicate.namePhone}. */
	public record Warning(String code, List<Long> personIds) {
	}
}
