package org.bastion.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;

/** A person as the API returns it; {@code warnings} is filled only by a registration. */
record PersonResponse(long id, String idNumber, DocumentType documentType, String documentNumber, String name,
		String phone, LocalDate birthDate, Sex sex, Integer age, String address, String jurisdictionCode,
		Long householdId, Relation relationToHead, Set<CareFlag> careFlags, boolean masked, int version,
		Instant createdAt, Instant updatedAt, boolean outsideArea, List<WarningResponse> warnings) {

	record WarningResponse(String code, String message, List<Long> personIds) {
	}

	static PersonResponse of(PersonView p) {
		return of(p, List.of());
	}

	static PersonResponse of(PersonView p, List<WarningResponse> warnings) {
		return new PersonResponse(p.id(), p.idNumber(), p.documentType(), p.documentNumber(), p.name(), p.phone(),
				p.birthDate(), p.sex(), p.age(), p.address(), p.jurisdictionCode(), p.householdId(), p.relationToHead(),
				p.careFlags(), p.masked(), p.version(), p.createdAt(), p.updatedAt(), p.outsideArea(), warnings);
	}

	static PersonResponse of(Registration registration, MessageSource messages, Locale locale) {
		return of(registration.person(), registration.warnings()
			.stream()
			.map(w -> new WarningResponse(w.code(), messages.getMessage(w.code(), null, w.code(), locale),
					w.personIds()))
			.toList());
	}
}
