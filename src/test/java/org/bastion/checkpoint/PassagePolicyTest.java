package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.bastion.people.IdNumber;
import org.bastion.shared.FieldViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The roadside rules one by one: plates, temperatures, who must be identified, and fevers. */
class PassagePolicyTest {

	static final LocalDate TODAY = LocalDate.of(2020, 2, 1);

	static final String ID = IdNumber.of("420102", LocalDate.of(1985, 3, 4), 123).value();

	static NewPassage.Occupant anonymous(String temperature) {
		return new NewPassage.Occupant(null, null, null, new BigDecimal(temperature), null, null, null);
	}

	static NewPassage.Occupant named(String name, String idNumber, String phone, String temperature) {
		return new NewPassage.Occupant(name, idNumber, phone, new BigDecimal(temperature), "420100", "511528103201", "返乡");
	}

	static NewPassage car(String plate, PassageOutcome outcome, NewPassage.Occupant... occupants) {
		return new NewPassage(null, plate, PassageVehicle.CAR, List.of(occupants), outcome);
	}

	static PassagePolicy.Decision decide(NewPassage passage) {
		return PassagePolicy.decide(CheckpointLevel.TOWNSHIP_BORDER, passage, TODAY);
	}

	static List<String> refused(PassagePolicy.Decision decision) {
		assertThat(decision).isInstanceOf(PassagePolicy.Refused.class);
		return ((PassagePolicy.Refused) decision).violations().stream().map(v -> v.field() + ":" + v.rule()).toList();
	}

	static PassagePolicy.Accepted accepted(PassagePolicy.Decision decision) {
		assertThat(decision).as(decision.toString()).isInstanceOf(PassagePolicy.Accepted.class);
		return (PassagePolicy.Accepted) decision;
	}

	@Test
	void aCarWithHealthyPassengersPassesWithoutNames() {
		var passage = accepted(decide(car("粤B12345", PassageOutcome.PASSED, anonymous("36.5"), anonymous("36.8"))));
		assertThat(passage.plate()).isEqualTo("粤B12345");
		assertThat(passage.plateProvince()).isEqualTo("粤");
		assertThat(passage.fevers()).isZero();
		assertThat(passage.occupants()).hasSize(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "鄂A12345", "鄂A D12345", "鄂a·12345", "京AD12345", "苏e·a1234", "粤ＢＸ1234" })
	void platesAreFoldedLikeArrivalsFoldThem(String typed) {
		var passage = accepted(decide(car(typed, PassageOutcome.PASSED, anonymous("36.5"))));
		assertThat(passage.plate()).doesNotContain(" ", "·").hasSizeBetween(7, 8);
	}

	@Test
	void aNewEnergyPlateHasEightCharacters() {
		assertThat(accepted(decide(car("鄂AD12345", PassageOutcome.PASSED, anonymous("36.5")))).plate()).hasSize(8);
		assertThat(refused(decide(car("鄂AD123456", PassageOutcome.PASSED, anonymous("36.5"))))).containsExactly("plate:shape");
	}

	@ParameterizedTest
	@ValueSource(strings = { "ABC1234", "鄂1234567", "鄂A1234", "港A12345", "鄂", "12345" })
	void whatIsNoMainlandPlateIsRefusedByItsShape(String typed) {
		assertThat(refused(decide(car(typed, PassageOutcome.PASSED, anonymous("36.5"))))).containsExactly("plate:shape");
	}

	@ParameterizedTest
	@EnumSource(value = PassageVehicle.class, names = { "CAR", "VAN", "BUS", "TRUCK", "MOTORCYCLE" })
	void aMotorVehicleNeedsItsPlate(PassageVehicle vehicle) {
		var passage = new NewPassage(null, " ", vehicle, List.of(anonymous("36.5")), PassageOutcome.PASSED);
		assertThat(refused(decide(passage))).containsExactly("plate:required");
	}

	@ParameterizedTest
	@EnumSource(value = PassageVehicle.class, names = { "ON_FOOT", "BICYCLE" })
	void aPersonOnFootOrOnABicycleHasNoPlate(PassageVehicle vehicle) {
		assertThat(accepted(decide(new NewPassage(null, null, vehicle, List.of(anonymous("36.5")), PassageOutcome.PASSED)))
			.plate()).isNull();
		assertThat(refused(decide(new NewPassage(null, "粤B12345", vehicle, List.of(anonymous("36.5")), PassageOutcome.PASSED))))
			.containsExactly("plate:none");
	}

	@Test
	void aTricycleMayComeWithOrWithoutAPlate() {
		assertThat(accepted(decide(new NewPassage(null, null, PassageVehicle.TRICYCLE, List.of(anonymous("36.5")),
				PassageOutcome.PASSED))).plate()).isNull();
		assertThat(accepted(decide(new NewPassage(null, "川Q12345", PassageVehicle.TRICYCLE, List.of(anonymous("36.5")),
				PassageOutcome.PASSED))).plate()).isEqualTo("川Q12345");
	}

	@Test
	void aPersonOnFootIsRegisteredAlone() {
		var two = new NewPassage(null, null, PassageVehicle.ON_FOOT, List.of(anonymous("36.5"), anonymous("36.6")),
				PassageOutcome.PASSED);
		assertThat(refused(decide(two))).containsExactly("occupants:onFoot");
	}

	@ParameterizedTest
	@ValueSource(strings = { "34.0", "35.2", "37.2", "37.3", "39.9", "43.0" })
	void temperaturesWithinTheThermometersRangeAreTaken(String temperature) {
		var passage = car("粤B12345", PassageOutcome.TURNED_BACK, named("张三", ID, null, temperature));
		assertThat(accepted(decide(passage)).occupants().getFirst().temperature()).isEqualByComparingTo(temperature);
	}

	@ParameterizedTest
	@ValueSource(strings = { "33.9", "43.1", "0", "98.6", "-1" })
	void temperaturesOutOfRangeAreRefusedWithTheRangeNamed(String temperature) {
		var decision = decide(car("粤B12345", PassageOutcome.PASSED, anonymous("36.5"), anonymous(temperature)));
		assertThat(refused(decision)).containsExactly("occupants[1].temperature:range");
		FieldViolation v = ((PassagePolicy.Refused) decision).violations().getFirst();
		assertThat(v.arguments()).containsExactly("34.0", "43.0");
	}

	@Test
	void everyOccupantHasATemperature() {
		var occupant = new NewPassage.Occupant("张三", null, null, null, null, null, null);
		assertThat(refused(decide(car("粤B12345", PassageOutcome.PASSED, occupant)))).containsExactly("occupants[0].temperature:required");
	}

	@Test
	void thirtySevenPointThreeIsAFeverAndThirtySevenPointTwoIsNot() {
		var passage = accepted(decide(car("粤B12345", PassageOutcome.REFERRED_FEVER_CLINIC,
				named("张三", ID, null, "37.3"), named("李四", null, "13912341111", "37.2"))));
		assertThat(passage.occupants()).extracting(PassagePolicy.Person::fever).containsExactly(true, false);
		assertThat(passage.fevers()).isEqualTo(1);
	}

	@Test
	void aFeverIsNeverLetThrough() {
		var decision = decide(car("粤B12345", PassageOutcome.PASSED, named("张三", ID, null, "38.2")));
		assertThat(refused(decision)).containsExactly("outcome:feverNotPassed");
	}

	@ParameterizedTest
	@EnumSource(value = PassageOutcome.class, names = { "REFERRED_OBSERVATION", "REFERRED_FEVER_CLINIC" })
	void aReferralNeedsEveryOccupantsNameAndIdOrPhone(PassageOutcome referral) {
		var decision = decide(car("鄂A12345", referral, named("张三", ID, null, "36.5"), anonymous("36.6"),
				new NewPassage.Occupant("王五", null, null, new BigDecimal("36.7"), null, null, null)));
		assertThat(refused(decision)).containsExactly("occupants[1].name:requiredForReferral",
				"occupants[1].idNumber:idOrPhone", "occupants[2].idNumber:idOrPhone");
	}

	@Test
	void aFeverAmongThePassengersNeedsEveryonesNameEvenWhenTurnedBack() {
		var decision = decide(car("鄂A12345", PassageOutcome.TURNED_BACK, named("张三", null, "13912341111", "38.0"),
				anonymous("36.6")));
		assertThat(refused(decision)).containsExactly("occupants[1].name:requiredForReferral",
				"occupants[1].idNumber:idOrPhone");
	}

	@Test
	void aPhoneIdentifiesAsWellAsAnIdNumber() {
		accepted(decide(car("鄂A12345", PassageOutcome.REFERRED_OBSERVATION, named("张三", null, "139 1234 1111", "36.5"))));
	}

	@ParameterizedTest
	@EnumSource(value = CheckpointLevel.class, names = { "NATIONAL_ROAD", "HIGHWAY_EXIT", "TOLL_STATION", "JOINT_QUARANTINE_POST" })
	void theStrictPostsRegisterEveryonesIdNumber(CheckpointLevel level) {
		var passage = car("粤B12345", PassageOutcome.PASSED, named("张三", ID, null, "36.5"), anonymous("36.6"));
		assertThat(refused(PassagePolicy.decide(level, passage, TODAY))).containsExactly("occupants[1].idNumber:requiredAtLevel");
	}

	@ParameterizedTest
	@EnumSource(value = CheckpointLevel.class, names = { "PROVINCIAL_ROAD", "COUNTY_ROAD", "TOWNSHIP_BORDER", "VILLAGE_ROAD" })
	void theOtherPostsLetHealthyPeopleThroughUnnamed(CheckpointLevel level) {
		accepted(PassagePolicy.decide(level, car("粤B12345", PassageOutcome.PASSED, anonymous("36.5")), TODAY));
	}

	@Test
	void numbersAreCheckedAndStoredInTheirCanonicalForm() {
		String lower = ID.toLowerCase();
		var passage = accepted(decide(car("粤B12345", PassageOutcome.REFERRED_OBSERVATION,
				named("张三", " " + lower + " ", "+86 139-1234-1111", "36.5"))));
		assertThat(passage.occupants().getFirst().idNumber()).isEqualTo(ID);
		assertThat(passage.occupants().getFirst().phone()).isEqualTo("13912341111");
		var wrong = decide(car("粤B12345", PassageOutcome.PASSED, named("张三", "420102198503041230", "12345", "36.5")));
		assertThat(refused(wrong)).containsExactlyInAnyOrder("occupants[0].idNumber:valid", "occupants[0].phone:valid");
	}

	@Test
	void placesAreCodesAndWordsHaveTheirLengths() {
		var occupant = new NewPassage.Occupant("张".repeat(51), null, null, new BigDecimal("36.5"), "武汉", "本村",
				"事".repeat(101));
		assertThat(refused(decide(car("粤B12345", PassageOutcome.PASSED, occupant)))).containsExactlyInAnyOrder(
				"occupants[0].name:size", "occupants[0].originCode:exists", "occupants[0].destinationCode:exists",
				"occupants[0].purpose:size");
	}

	@Test
	void aPassageHasOneToSixtyOccupants() {
		assertThat(refused(decide(car("粤B12345", PassageOutcome.PASSED)))).containsExactly("occupants:required");
		assertThat(refused(decide(new NewPassage(null, "粤B12345", PassageVehicle.BUS, null, PassageOutcome.PASSED))))
			.containsExactly("occupants:required");
		List<NewPassage.Occupant> bus = new ArrayList<>(Collections.nCopies(60, anonymous("36.5")));
		accepted(decide(new NewPassage(null, "粤B12345", PassageVehicle.BUS, bus, PassageOutcome.PASSED)));
		bus.add(anonymous("36.5"));
		assertThat(refused(decide(new NewPassage(null, "粤B12345", PassageVehicle.BUS, bus, PassageOutcome.PASSED))))
			.containsExactly("occupants:size");
	}

	@Test
	void everyMistakeIsNamedAtOnce() {
		var passage = new NewPassage(null, "XYZ", null, java.util.Arrays.asList(anonymous("50"), null), null);
		assertThat(refused(decide(passage))).containsExactlyInAnyOrder("vehicleType:required", "plate:shape",
				"outcome:required", "occupants[0].temperature:range", "occupants[1].temperature:required");
	}
}
