package org.bastion.people;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A person to register. Only {@code name} and {@code jurisdictionCode} are always required; the rest
 * depends on the document: a resident ID number (the default when {@code idNumber} is given) yields
 * birth date and sex, so those are only read for other documents.
 *
 * <p>The size limits here turn huge input away before any parsing; the rules that need more than one
 * field or a checksum are applied by {@link People}, so they hold for callers that skip validation.
 *
 * @param clientId an id the client generated for this registration, so that a retried submission is
 * stored once
 */
public record NewPerson(
		@Size(max = 40, message = "{person.idNumber.LENGTH}") String idNumber,
		@NotBlank(message = "{person.name.required}") @Size(max = 50, message = "{person.name.size}") String name,
		@Size(max = 24, message = "{person.phone.LENGTH}") String phone,
		@NotBlank(message = "{person.jurisdictionCode.required}")
		@Pattern(regexp = "[0-9A-Za-z]{1,24}", message = "{person.jurisdictionCode.shape}") String jurisdictionCode,
		@Size(max = 200, message = "{person.address.size}") String address,
		Long householdId,
		Relation relationToHead,
		DocumentType documentType,
		@Size(max = 40, message = "{person.documentNumber.size}") String documentNumber,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
		Sex sex,
		Set<CareFlag> careFlags,
		@Size(max = 64, message = "{person.clientId.size}") String clientId) {

	/** The common case: a resident with an ID number. */
	public static NewPerson resident(String idNumber, String name, String phone, String jurisdictionCode) {
		return new NewPerson(idNumber, name, phone, jurisdictionCode, null, null, null, null, null, null, null,
				Set.of(), null);
	}

	public NewPerson withClientId(String newClientId) {
		return new NewPerson(idNumber, name, phone, jurisdictionCode, address, householdId, relationToHead,
				documentType, documentNumber, birthDate, sex, careFlags, newClientId);
	}
}
