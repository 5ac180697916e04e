package org.bastion.people;

import java.time.LocalDate;
import java.util.Set;

/** A person's own facts after every rule has passed, in the form they are stored. */
record PersonFacts(String idNumber, DocumentType documentType, String documentNumber, String name, Sex sex,
		LocalDate birthDate, String phone, String address, Set<CareFlag> careFlags) {
}
