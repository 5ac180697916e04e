package org.bastion.cases;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A close contact of a case as the tracer heard of them. With an ID number the person is found (or
 * registered once); without one, a name and phone make them out.
 *
 * @param lastExposureDate the last day they were with the case: their observation starts there
 */
public record NewContact(@NotBlank(message = "{contact.name.required}") @Size(max = 50, message = "{contact.name.size}") String name,
		@Size(max = 24, message = "{contact.phone.size}") String phone,
		@Size(max = 40, message = "{contact.idNumber.size}") String idNumber,
		@Size(max = 20, message = "{contact.relation.size}") String relation, LocalDate lastExposureDate) {
}
