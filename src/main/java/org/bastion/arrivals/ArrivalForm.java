package org.bastion.arrivals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.bastion.people.NewPerson;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.springframework.validation.BindingResult;

/**
 * The arrival form as typed on a phone. Every field is text so that nothing fails binding; dates,
 * choices and the temperature are read here, and the service's rules come back beside their fields.
 * Contacts and companions are parallel lists of inputs, one row each; blank rows are ignored.
 */
record ArrivalForm(
		@Size(max = 40, message = "{person.idNumber.LENGTH}") String idNumber,
		@Size(max = 50, message = "{person.name.size}") String name,
		@Size(max = 24, message = "{person.phone.LENGTH}") String phone,
		@Size(max = 24, message = "{person.jurisdictionCode.shape}") String jurisdictionCode,
		@Size(max = 12, message = "{arrival.originCode.unknown}") String originCode,
		@Size(max = 200, message = "{arrival.originAddress.size}") String originAddress,
		@Size(max = 10, message = "{arrival.form.date}") String departureDate,
		@Size(max = 10, message = "{arrival.form.date}") String arrivalDate,
		@Size(max = 8, message = "{arrival.transport.mode.required}") String transportMode,
		@Size(max = 16, message = "{arrival.transport.plate.shape}") String plate,
		@Size(max = 32, message = "{arrival.transport.number.size}") String transportNumber,
		@Size(max = 6, message = "{arrival.temperature.range}") String temperature,
		@Size(max = 200, message = "{arrival.symptoms.size}") String symptoms,
		@Size(max = 10, message = "{arrival.contacts.size}") List<String> contactName,
		@Size(max = 10, message = "{arrival.contacts.size}") List<String> contactPhone,
		@Size(max = 10, message = "{arrival.contacts.size}") List<String> contactRelation,
		@Size(max = 10, message = "{arrival.contacts.size}") List<String> companionName,
		@Size(max = 10, message = "{arrival.contacts.size}") List<String> companionPhone,
		@Size(max = 20, message = "{arrival.clientId.size}") String roundId,
		@Size(max = 20, message = "{arrival.clientId.size}") String visitId,
		@Size(max = 20, message = "{arrival.clientId.size}") String listEntryId,
		@Size(max = 20, message = "{arrival.clientId.size}") String handOverId,
		@Size(max = 64, message = "{arrival.clientId.size}") String clientId,
		@Size(max = 16, message = "{arrival.personChoice.unknown}") String personChoice) {

	/** Where the service's field names land on this form. */
	private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("person.idNumber", "idNumber"),
			Map.entry("person.name", "name"), Map.entry("person.phone", "phone"),
			Map.entry("person.jurisdictionCode", "jurisdictionCode"), Map.entry("transport.mode", "transportMode"),
			Map.entry("transport.plate", "plate"), Map.entry("transport.number", "transportNumber"));

	/** A fresh form: the registrar's own place, today's date, a car; its client id makes a resend store once. */
	static ArrivalForm blank(String jurisdictionCode, LocalDate today) {
		return new ArrivalForm(null, null, null, jurisdictionCode, null, null, null, today.toString(),
				TransportMode.CAR.name(), null, null, null, null, List.of("", ""), List.of("", ""), List.of("", ""),
				List.of(""), List.of(""), null, null, null, null, UUID.randomUUID().toString(), null);
	}

	/** This form with the person as someone else already wrote them down (a pushed list). */
	ArrivalForm withPerson(String newIdNumber, String newName, String newPhone) {
		return new ArrivalForm(newIdNumber, newName, newPhone, jurisdictionCode, originCode, originAddress,
				departureDate, arrivalDate, transportMode, plate, transportNumber, temperature, symptoms, contactName,
				contactPhone, contactRelation, companionName, companionPhone, roundId, visitId, listEntryId, handOverId,
				clientId, personChoice);
	}

	/** This form with the place, origin and arrival date filled in; a null keeps what the form has. */
	ArrivalForm withTrip(String place, String newOriginCode, String newOriginAddress, LocalDate newArrivalDate) {
		return new ArrivalForm(idNumber, name, phone, place == null ? jurisdictionCode : place,
				newOriginCode == null ? originCode : newOriginCode,
				newOriginAddress == null ? originAddress : newOriginAddress, departureDate,
				newArrivalDate == null ? arrivalDate : newArrivalDate.toString(), transportMode, plate, transportNumber,
				temperature, symptoms, contactName, contactPhone, contactRelation, companionName, companionPhone, roundId,
				visitId, listEntryId, handOverId, clientId, personChoice);
	}

	/**
	 * This form linked to where the arrival was found: a round's household visit, a pushed-list entry, a
	 * checkpoint's hand-over.
	 */
	ArrivalForm foundAt(Long newRoundId, Long newVisitId, Long newListEntryId, Long newHandOverId) {
		return new ArrivalForm(idNumber, name, phone, jurisdictionCode, originCode, originAddress, departureDate,
				arrivalDate, transportMode, plate, transportNumber, temperature, symptoms, contactName, contactPhone,
				contactRelation, companionName, companionPhone, text(newRoundId), text(newVisitId), text(newListEntryId),
				text(newHandOverId), clientId, personChoice);
	}

	/** This form with the car the arrival came in; a null keeps what the form has. */
	ArrivalForm withPlate(String newPlate) {
		return newPlate == null ? this
				: new ArrivalForm(idNumber, name, phone, jurisdictionCode, originCode, originAddress, departureDate,
						arrivalDate, TransportMode.CAR.name(), newPlate, transportNumber, temperature, symptoms, contactName,
						contactPhone, contactRelation, companionName, companionPhone, roundId, visitId, listEntryId,
						handOverId, clientId, personChoice);
	}

	Long visit() {
		return number(visitId);
	}

	Long listEntry() {
		return number(listEntryId);
	}

	Long handOver() {
		return number(handOverId);
	}

	NewArrival toNewArrival(BindingResult binding) {
		TransportMode mode = null;
		if (transportMode != null && !transportMode.isBlank()) {
			try {
				mode = TransportMode.valueOf(transportMode.strip());
			}
			catch (IllegalArgumentException e) {
				binding.rejectValue("transportMode", "arrival.transport.mode.required");
			}
		}
		List<ArrivalContact> contacts = new ArrayList<>();
		for (int i = 0; i < size(contactName); i++) {
			contacts.add(new ArrivalContact(at(contactName, i), at(contactPhone, i), at(contactRelation, i)));
		}
		List<ArrivalContact> companions = new ArrayList<>();
		for (int i = 0; i < size(companionName); i++) {
			companions.add(new ArrivalContact(at(companionName, i), at(companionPhone, i), null));
		}
		return new NewArrival(NewPerson.resident(blankToNull(idNumber), name, blankToNull(phone), jurisdictionCode),
				blankToNull(originCode), originAddress, date(departureDate, "departureDate", binding),
				date(arrivalDate, "arrivalDate", binding), new Transport(mode, plate, transportNumber), contacts,
				companions, temperature(binding), symptoms, number(roundId), number(visitId), number(listEntryId),
				number(handOverId), blankToNull(clientId), choice(binding));
	}

	/** The service's violations renamed to this form's fields, so each shows beside its input. */
	static InvalidInputException onForm(InvalidInputException refused) {
		return new InvalidInputException(refused.violations()
			.stream()
			.map(v -> new FieldViolation(FIELDS.getOrDefault(v.field(), v.field()), v.rule(), v.messageKey(),
					v.arguments()))
			.toList());
	}

	/** The worker's answer to an ID number of someone of another name; blank until they gave one. */
	private PersonChoice choice(BindingResult binding) {
		if (blankToNull(personChoice) == null) {
			return null;
		}
		try {
			return PersonChoice.valueOf(personChoice.strip());
		}
		catch (IllegalArgumentException e) {
			binding.reject("arrival.personChoice.unknown");
			return null;
		}
	}

	private BigDecimal temperature(BindingResult binding) {
		if (blankToNull(temperature) == null) {
			return null;
		}
		try {
			return new BigDecimal(temperature.strip().replace('，', '.').replace(',', '.'));
		}
		catch (NumberFormatException e) {
			binding.rejectValue("temperature", "arrival.temperature.range", new Object[] { "35.0", "42.0" }, null);
			return null;
		}
	}

	private static LocalDate date(String value, String field, BindingResult binding) {
		if (blankToNull(value) == null) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			binding.rejectValue(field, "arrival.form.date");
			return null;
		}
	}

	private static Long number(String value) {
		try {
			return blankToNull(value) == null ? null : Long.valueOf(value.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static String text(Long number) {
		return number == null ? null : number.toString();
	}

	private static int size(List<String> values) {
		return values == null ? 0 : values.size();
	}

	private static String at(List<String> values, int i) {
		return values != null && i < values.size() ? values.get(i) : null;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
