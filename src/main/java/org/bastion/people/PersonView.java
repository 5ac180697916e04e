package org.bastion.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A person as the current viewer may see them. When {@code masked}, the ID number, document number
 * and phone are masked and the birth date is withheld (it is digits 7-14 of the ID number); the age
 * is still given.
 */
public record PersonView(long id, String idNumber, DocumentType documentType, String documentNumber, String name,
		Sex sex, LocalDate birthDate, Integer age, String phone, String address, String jurisdictionCode,
		Long householdId, Relation relationToHead, Set<CareFlag> careFlags, boolean masked, int version,
		Instant createdAt, Instant updatedAt) {
}
