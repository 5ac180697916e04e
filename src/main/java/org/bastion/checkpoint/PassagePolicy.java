package org.bastion.checkpoint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.bastion.arrivals.TripChecks;
import org.bastion.people.IdNumber;
import org.bastion.people.PhoneNumber;
import org.bastion.shared.FieldViolation;

/**
 * What makes a passage registrable at the roadside, as a pure function: a mainland plate on a plated
 * vehicle and none on a person on foot, one to {@value #MAX_OCCUPANTS} occupants, each one's temperature
 * within what a thermometer at the roadside reads ({@link #LOWEST_TEMPERATURE}–{@link #HIGHEST_TEMPERATURE}),
 * a fever from {@link #FEVER} on, and who must be identified: every occupant of a referral or of a vehicle
 * carrying a fever by name and by ID number or phone, so that the place they are handed to can find them;
 * every occupant's ID number at the posts that check everyone (a national road, a highway exit, a toll
 * station, a joint quarantine post). A feverish occupant is never let through: the passage is turned back
 * or referred. Every broken rule is named at once, each by its field ({@code occupants[1].temperature}).
 */
final class PassagePolicy {

	static final int MAX_OCCUPANTS = 60;

	static final BigDecimal LOWEST_TEMPERATURE = new BigDecimal("34.0");

	static final BigDecimal HIGHEST_TEMPERATURE = new BigDecimal("43.0");

	/** 37.3 °C and above is a fever, as in observation's readings. */
	static final BigDecimal FEVER = new BigDecimal("37.3");

	/** The posts where everyone passing shows an ID. */
	static final Set<CheckpointLevel> IDS_OF_ALL = EnumSet.of(CheckpointLevel.NATIONAL_ROAD,
			CheckpointLevel.HIGHWAY_EXIT, CheckpointLevel.TOLL_STATION, CheckpointLevel.JOINT_QUARANTINE_POST);

	/** The policy's answer. */
	sealed interface Decision permits Accepted, Refused {
	}

	/** The passage as it is stored: the plate folded, the numbers in their canonical form. */
	record Accepted(String plate, String plateProvince, PassageVehicle vehicleType, PassageOutcome outcome,
			List<Person> occupants) implements Decision {

		int fevers() {
			int fevers = 0;
			for (Person occupant : occupants) {
				fevers += occupant.fever() ? 1 : 0;
			}
			return fevers;
		}
	}

	/** Every rule the passage breaks. */
	record Refused(List<FieldViolation> violations) implements Decision {
	}

	/** An occupant as stored. */
	record Person(String name, String idNumber, String phone, BigDecimal temperature, boolean fever,
			String originCode, String destinationCode, String purpose) {
	}

	private PassagePolicy() {
	}

	static Decision decide(CheckpointLevel level, NewPassage passage, LocalDate today) {
		List<FieldViolation> problems = new ArrayList<>();
		String plate = null;
		String province = null;
		String typedPlate = text(passage.plate());
		if (passage.vehicleType() == null) {
			problems.add(new FieldViolation("vehicleType", "required", "passage.vehicleType.required"));
		}
		else if (passage.vehicleType().unplated()) {
			if (typedPlate != null) {
				problems.add(new FieldViolation("plate", "none", "passage.plate.none"));
			}
		}
		else if (typedPlate == null) {
			if (passage.vehicleType().plated()) {
				problems.add(new FieldViolation("plate", "required", "passage.plate.required"));
			}
		}
		if (typedPlate != null && (passage.vehicleType() == null || !passage.vehicleType().unplated())) {
			plate = TripChecks.plate(typedPlate).orElse(null);
			if (plate == null) {
				problems.add(new FieldViolation("plate", "shape", "passage.plate.shape"));
			}
			else {
				province = TripChecks.plateProvince(plate).orElseThrow();
			}
		}
		if (passage.outcome() == null) {
			problems.add(new FieldViolation("outcome", "required", "passage.outcome.required"));
		}
		List<NewPassage.Occupant> occupants = passage.occupants() == null ? List.of() : passage.occupants();
		if (occupants.isEmpty()) {
			problems.add(new FieldViolation("occupants", "required", "passage.occupants.required"));
		}
		else if (occupants.size() > MAX_OCCUPANTS) {
			problems.add(new FieldViolation("occupants", "size", "passage.occupants.size", MAX_OCCUPANTS));
		}
		else if (passage.vehicleType() == PassageVehicle.ON_FOOT && occupants.size() > 1) {
			problems.add(new FieldViolation("occupants", "onFoot", "passage.occupants.onFoot"));
		}
		boolean anyFever = occupants.stream()
			.anyMatch(o -> o != null && o.temperature() != null && o.temperature().compareTo(FEVER) >= 0
					&& o.temperature().compareTo(HIGHEST_TEMPERATURE) <= 0);
		boolean identifyAll = anyFever || passage.outcome() != null && passage.outcome().referral();
		if (anyFever && passage.outcome() == PassageOutcome.PASSED) {
			problems.add(new FieldViolation("outcome", "feverNotPassed", "passage.outcome.feverPassed", FEVER.toPlainString()));
		}
		List<Person> people = new ArrayList<>();
		for (int i = 0; i < occupants.size() && i < MAX_OCCUPANTS; i++) {
			Person person = occupant(i, occupants.get(i), level, identifyAll, today, problems);
			if (person != null) {
				people.add(person);
			}
		}
		if (!problems.isEmpty()) {
			return new Refused(List.copyOf(problems));
		}
		return new Accepted(plate, province, passage.vehicleType(), passage.outcome(), List.copyOf(people));
	}

	private static Person occupant(int index, NewPassage.Occupant occupant, CheckpointLevel level, boolean identify,
			LocalDate today, List<FieldViolation> problems) {
		String at = "occupants[" + index + "].";
		if (occupant == null) {
			problems.add(new FieldViolation(at + "temperature", "required", "passage.occupant.temperature.required"));
			return null;
		}
		int before = problems.size();
		BigDecimal temperature = occupant.temperature();
		if (temperature == null) {
			problems.add(new FieldViolation(at + "temperature", "required", "passage.occupant.temperature.required"));
		}
		else if (temperature.compareTo(LOWEST_TEMPERATURE) < 0 || temperature.compareTo(HIGHEST_TEMPERATURE) > 0) {
			problems.add(new FieldViolation(at + "temperature", "range", "passage.occupant.temperature.range",
					LOWEST_TEMPERATURE.toPlainString(), HIGHEST_TEMPERATURE.toPlainString()));
		}
		String name = text(occupant.name());
		if (name != null && name.length() > 50) {
			problems.add(new FieldViolation(at + "name", "size", "passage.occupant.name.size", 50));
		}
		String idNumber = null;
		String typedId = text(occupant.idNumber());
		if (typedId != null) {
			try {
				idNumber = IdNumber.parse(typedId, today).value();
			}
			catch (IdNumber.InvalidIdNumberException wrong) {
				problems.add(new FieldViolation(at + "idNumber", "valid", "passage.occupant.idNumber.invalid"));
			}
		}
		String phone = null;
		String typedPhone = text(occupant.phone());
		if (typedPhone != null) {
			try {
				phone = PhoneNumber.parse(typedPhone).value();
			}
			catch (PhoneNumber.InvalidPhoneNumberException wrong) {
				problems.add(new FieldViolation(at + "phone", "valid", "passage.occupant.phone.invalid"));
			}
		}
		if (identify && name == null) {
			problems.add(new FieldViolation(at + "name", "requiredForReferral", "passage.occupant.name.referral"));
		}
		if (IDS_OF_ALL.contains(level) && typedId == null) {
			problems.add(new FieldViolation(at + "idNumber", "requiredAtLevel", "passage.occupant.idNumber.level"));
		}
		else if (identify && typedId == null && typedPhone == null) {
			problems.add(new FieldViolation(at + "idNumber", "idOrPhone", "passage.occupant.idOrPhone.referral"));
		}
		String origin = text(occupant.originCode());
		String destination = text(occupant.destinationCode());
		if (origin != null && !origin.matches("[0-9]{2,24}")) {
			problems.add(new FieldViolation(at + "originCode", "exists", "passage.occupant.originCode.unknown"));
		}
		if (destination != null && !destination.matches("[0-9]{2,24}")) {
			problems.add(new FieldViolation(at + "destinationCode", "exists", "passage.occupant.destinationCode.unknown"));
		}
		String purpose = text(occupant.purpose());
		if (purpose != null && purpose.length() > 100) {
			problems.add(new FieldViolation(at + "purpose", "size", "passage.occupant.purpose.size", 100));
		}
		if (problems.size() > before) {
			return null;
		}
		return new Person(name, idNumber, phone, temperature, temperature.compareTo(FEVER) >= 0, origin, destination,
				purpose);
	}

	static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
