package org.bastion.people;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The new state of a person's own facts (household membership changes through the household). A value
 * equal to what the viewer was shown masked keeps the stored value, so that a masked viewer can edit
 * an address without retyping an ID number they cannot read.
 *
 * @param version the version the editor started from; when given, a concurrent change is refused
 */
record PersonChanges(
		@Size(max = 40, message = "{person.idNumber.LENGTH}") String idNumber,
		@NotBlank(message = "{person.name.required}") @Size(max = 50, message = "{person.name.size}") String name,
		@Size(max = 24, message = "{person.phone.LENGTH}") String phone,
		@NotBlank(message = "{person.jurisdictionCode.required}")
		@Pattern(regexp = "[0-9A-Za-z]{1,24}", message = "{person.jurisdictionCode.shape}") String jurisdictionCode,
		@Size(max = 200, message = "{person.address.size}") String address,
		DocumentType documentType,
		@Size(max = 40, message = "{person.documentNumber.size}") String documentNumber,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
		Sex sex,
		Set<CareFlag> careFlags,
		Integer version) {
}
