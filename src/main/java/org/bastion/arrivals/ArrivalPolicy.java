package org.bastion.arrivals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.bastion.people.PhoneNumber.InvalidPhoneNumberException;
import org.bastion.people.PhoneNumber;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;

/**
 * The rules an arrival's own facts obey, applied to what was typed. Every broken rule is reported at
 * once against its field ({@code arrivalDate}, {@code transport.plate}, {@code contacts[1].phone}).
 */
final class ArrivalPolicy {

	static final BigDecimal LOWEST_TEMPERATURE = new BigDecimal("35.0");

	static final BigDecimal HIGHEST_TEMPERATURE = new BigDecimal("42.0");

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

	private static final Pattern TRANSPORT_NUMBER = Pattern.compile("[0-9A-Z]{1,32}");

	private ArrivalPolicy() {
	}

	/** The facts after every rule passed, normalised as they are stored. */
	record Valid(String originCode, String originAddress, LocalDate departureDate, LocalDate arrivalDate,
			TransportMode mode, String plate, String transportNumber, BigDecimal temperature, String symptoms,
			List<ArrivalContact> companions, List<ArrivalContact> contacts) {
	}

	static Valid check(NewArrival request, LocalDate today) {
		List<FieldViolation> violations = new ArrayList<>();
		LocalDate arrival = request.arrivalDate();
		if (arrival == null) {
			violations.add(new FieldViolation("arrivalDate", "required", "arrival.arrivalDate.required"));
		}
		else if (arrival.isAfter(today)) {
			violations.add(new FieldViolation("arrivalDate", "notFuture", "arrival.arrivalDate.future"));
		}
		LocalDate departure = request.departureDate();
		if (departure != null && arrival != null && departure.isAfter(arrival)) {
			violations.add(new FieldViolation("departureDate", "beforeArrival", "arrival.departureDate.afterArrival"));
		}
		String originCode = text(request.originCode());
		if (originCode != null && !originCode.matches("[0-9]{6}|[0-9]{9}")) {
			violations.add(new FieldViolation("originCode", "shape", "arrival.originCode.unknown"));
		}
		String originAddress = text(request.originAddress());
		if (originAddress != null && (originAddress.length() > 200 || CONTROL.matcher(originAddress).find())) {
			violations.add(new FieldViolation("originAddress", "size", "arrival.originAddress.size"));
		}

		Transport transport = request.transport();
		TransportMode mode = transport == null ? null : transport.mode();
		String plate = null;
		String number = null;
		if (mode == null) {
			violations.add(new FieldViolation("transport.mode", "required", "arrival.transport.mode.required"));
		}
		else {
			String rawPlate = text(transport.plate());
			if (rawPlate != null) {
				var parsed = TransportPlate.parse(rawPlate);
				if (parsed.isEmpty()) {
					violations.add(new FieldViolation("transport.plate", "shape", "arrival.transport.plate.shape"));
				}
				else {
					plate = parsed.get().value();
				}
			}
			else if (mode == TransportMode.CAR) {
				violations.add(new FieldViolation("transport.plate", "required", "arrival.transport.plate.required"));
			}
			String rawNumber = text(transport.number());
			if (rawNumber != null) {
				number = WHITESPACE.matcher(Normalizer.normalize(rawNumber, Normalizer.Form.NFKC)).replaceAll("")
					.toUpperCase(java.util.Locale.ROOT);
				if (!TRANSPORT_NUMBER.matcher(number).matches()) {
					violations.add(new FieldViolation("transport.number", "shape", "arrival.transport.number.shape"));
				}
			}
		}

		BigDecimal temperature = request.temperature();
		if (temperature != null) {
			if (temperature.compareTo(LOWEST_TEMPERATURE) < 0 || temperature.compareTo(HIGHEST_TEMPERATURE) > 0) {
				violations.add(new FieldViolation("temperature", "range", "arrival.temperature.range",
						LOWEST_TEMPERATURE, HIGHEST_TEMPERATURE));
			}
			else {
				temperature = temperature.setScale(1, RoundingMode.HALF_UP);
			}
		}
		String symptoms = text(request.symptoms());
		if (symptoms != null && (symptoms.length() > 200 || CONTROL.matcher(symptoms).find())) {
			violations.add(new FieldViolation("symptoms", "size", "arrival.symptoms.size"));
		}
		List<ArrivalContact> companions = contacts("companions", request.companions(), violations);
		List<ArrivalContact> contacts = contacts("contacts", request.contacts(), violations);
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new Valid(originCode, originAddress, departure, arrival, mode, plate, number, temperature, symptoms,
				companions, contacts);
	}

	private static List<ArrivalContact> contacts(String field, List<ArrivalContact> given,
			List<FieldViolation> violations) {
		List<ArrivalContact> clean = new ArrayList<>();
		if (given == null) {
			return clean;
		}
		for (int i = 0; i < given.size(); i++) {
			ArrivalContact contact = given.get(i);
			String at = field + "[" + i + "]";
			if (contact == null || (text(contact.name()) == null && text(contact.phone()) == null
					&& text(contact.relation()) == null)) {
				// A blank row of the form's contact list: nothing was typed there.
				continue;
			}
			String name = text(contact.name());
			if (name == null) {
				violations.add(new FieldViolation(at + ".name", "required", "arrival.contact.name.required"));
			}
			else if (name.length() > 50 || CONTROL.matcher(name).find()) {
				violations.add(new FieldViolation(at + ".name", "size", "arrival.contact.name.size"));
			}
			String phone = null;
			if (text(contact.phone()) != null) {
				try {
					phone = PhoneNumber.parse(contact.phone()).value();
				}
				catch (InvalidPhoneNumberException e) {
					violations.add(new FieldViolation(at + ".phone", "shape", "arrival.contact.phone.shape"));
				}
			}
			String relation = text(contact.relation());
			if (relation != null && relation.length() > 20) {
				violations.add(new FieldViolation(at + ".relation", "size", "arrival.contact.relation.size"));
			}
			clean.add(new ArrivalContact(name, phone, relation));
		}
		return clean;
	}

	static String text(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return WHITESPACE.matcher(value.strip()).replaceAll(" ");
	}
}
