package org.bastion.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A person as the current viewer may see them. When {@code masked}, the ID number, document number
 * and phone are masked and the birth date is withheld (it is digits 7-14 of the ID number); the age
 * is still given. When {@code outsideArea}, the person lives outside the viewer's area and was reached
 * through an identifier or a record of the viewer's area: only that they exist, their masked ID number
 * and where they live are shown, never who they are.
 */
public record PersonView(long id, String idNumber, DocumentType documentType, String documentNumber, String name,
		Sex sex, LocalDate birthDate, Integer age, String phone, String address, String jurisdictionCode,
		Long householdId, Relation relationToHead, Set<CareFlag> careFlags, boolean masked, int version,
		Instant createdAt, Instant updatedAt, boolean outsideArea) {

	/**
	 * An outsider shown with the name and phone that were typed when they were registered in the viewer's
	 * area: what the registrar knew already, so it tells nothing the system holds. The caller masks the phone
	 * for a viewer who reads phones masked. A person inside the area stays as stored.
	 */
	public PersonView withTyped(String typedName, String typedPhone) {
		if (!outsideArea) {
			return this;
		}
		return new PersonView(id, idNumber, documentType, documentNumber, typedName, sex, birthDate, age,
				typedPhone, address,
				jurisdictionCode, householdId, relationToHead, careFlags, masked, version, createdAt, updatedAt, true);
	}
}
