package org.bastion.people;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/**
 * The registration and edit form as typed. Every field is text so that nothing a browser sends fails
 * binding; choices and dates are read here, and each rule the service applies is reported beside its
 * field. Only size limits are checked before the service, to turn huge input away early.
 */
record PersonForm(
		@Size(max = 40, message = "{person.idNumber.LENGTH}") String idNumber,
		@Size(max = 50, message = "{person.name.size}") String name,
		@Size(max = 24, message = "{person.phone.LENGTH}") String phone,
		@Size(max = 24, message = "{person.jurisdictionCode.shape}") String jurisdictionCode,
		@Size(max = 200, message = "{person.address.size}") String address,
		@Size(max = 24, message = "{person.form.tooLong}") String documentType,
		@Size(max = 40, message = "{person.documentNumber.size}") String documentNumber,
		@Size(max = 10, message = "{person.form.tooLong}") String birthDate,
		@Size(max = 6, message = "{person.form.tooLong}") String sex,
		@Size(max = 5, message = "{person.form.tooLong}") List<String> careFlags,
		@Size(max = 64, message = "{person.clientId.size}") String clientId,
		@Size(max = 10, message = "{person.form.tooLong}") String version) {

	/** A fresh form; its client id makes a double-tapped or resent submission register once. */
	static PersonForm blank(String jurisdictionCode) {
		return new PersonForm(null, null, null, jurisdictionCode, null, DocumentType.RESIDENT_ID.name(), null, null,
				null, List.of(), UUID.randomUUID().toString(), null);
	}

	static PersonForm of(PersonView person) {
		return new PersonForm(person.idNumber(), person.name(), person.phone(), person.jurisdictionCode(),
				person.address(), person.documentType().name(), person.documentNumber(),
				person.birthDate() == null ? null : person.birthDate().toString(),
				person.sex() == null ? null : person.sex().name(),
				person.careFlags().stream().map(Enum::name).sorted().toList(), null, String.valueOf(person.version()));
	}

	NewPerson toNewPerson(BindingResult binding) {
		return new NewPerson(idNumber, name, phone, jurisdictionCode, address, null, null,
				choice(DocumentType.class, documentType, "documentType", binding), documentNumber, date(binding),
				choice(Sex.class, sex, "sex", binding), flags(binding), blankToNull(clientId));
	}

	PersonChanges toChanges(BindingResult binding) {
		Integer expectedVersion = null;
		if (blankToNull(version) != null) {
			try {
				expectedVersion = Integer.valueOf(version.strip());
			}
			catch (NumberFormatException e) {
				binding.reject("person.version.stale");
			}
		}
		return new PersonChanges(idNumber, name, phone, jurisdictionCode, address,
				choice(DocumentType.class, documentType, "documentType", binding), documentNumber, date(binding),
				choice(Sex.class, sex, "sex", binding), flags(binding), expectedVersion);
	}

	private LocalDate date(BindingResult binding) {
		if (blankToNull(birthDate) == null) {
			return null;
		}
		try {
			return LocalDate.parse(birthDate.strip());
		}
		catch (DateTimeParseException e) {
			binding.rejectValue("birthDate", "person.birthDate.format");
			return null;
		}
	}

	private Set<CareFlag> flags(BindingResult binding) {
		Set<CareFlag> flags = EnumSet.noneOf(CareFlag.class);
		for (String flag : careFlags == null ? new ArrayList<String>() : careFlags) {
			CareFlag parsed = choice(CareFlag.class, flag, "careFlags", binding);
			if (parsed != null) {
				flags.add(parsed);
			}
		}
		return flags;
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, BindingResult binding) {
		if (blankToNull(value) == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			binding.rejectValue(field, "person.form.unknownChoice");
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
