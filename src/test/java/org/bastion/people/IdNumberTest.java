package org.bastion.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.assertj.core.api.AbstractThrowableAssert;
import org.bastion.people.IdNumber.IdNumberProblem;
import org.bastion.people.IdNumber.InvalidIdNumberException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberTest {

	// A fixed "today" keeps the tests independent of the day they run.
	private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

	private static final String[] PROVINCES = { "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
			"34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
			"64", "65", "71", "81", "82" };

	/** Completes 17 digits with the right check character, so a test can break exactly one other rule. */
	private static String withCheck(String first17) {
		return first17 + IdNumber.checkCharacter(first17);
	}

	private static AbstractThrowableAssert<?, ?> assertProblem(String raw, IdNumberProblem problem) {
		return assertThatThrownBy(() -> IdNumber.parse(raw, TODAY))
				.isInstanceOfSatisfying(InvalidIdNumberException.class, e -> assertThat(e.problem()).isEqualTo(problem));
	}

	@Nested
	class ValidNumbers {

		@ParameterizedTest
		@CsvSource({
				// The two examples published in GB 11643-1999 itself.
				"11010519491231002X, 1949-12-31, FEMALE",
				"440524188001010014, 1880-01-01, MALE",
				// Check characters below were computed independently of the implementation.
				"511528199001011234, 1990-01-01, MALE",
				"110105200002290013, 2000-02-29, MALE",
				"370284200010101234, 2000-10-10, MALE",
				"110105194912310011, 1949-12-31, MALE" })
		void areAcceptedWithTheirBirthDateAndSex(String number, LocalDate birthDate, Sex sex) {
			IdNumber id = IdNumber.parse(number, TODAY);

			assertThat(id.value()).isEqualTo(number);
			assertThat(id.birthDate()).isEqualTo(birthDate);
			assertThat(id.sex()).isEqualTo(sex);
			assertThat(new IdNumber(number)).isEqualTo(id);
		}

		@Test
		void parseWithoutDateUsesTheRealClock() {
			assertThat(IdNumber.parse("11010519491231002X").value()).isEqualTo("11010519491231002X");
		}

		@ParameterizedTest
		@ValueSource(strings = { "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36",
				"37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
				"71", "81", "82" })
		void everyProvinceLevelCodeIsKnown(String province) {
			String number = withCheck(province + "010519491231002");

			assertThat(IdNumber.parse(number, TODAY).regionCode()).isEqualTo(province + "0105");
		}

		@Test
		void aLeapDayInALeapYearIsABirthDate() {
			assertThat(IdNumber.parse(withCheck("11010520000229001"), TODAY).birthDate())
					.isEqualTo(LocalDate.of(2000, 2, 29));
		}

		@Test
		void someoneBornTodayIsValid() {
			String number = withCheck("110105" + "20240601" + "001");

			assertThat(IdNumber.parse(number, TODAY).ageOn(TODAY)).isZero();
		}
	}

	@Nested
	class Normalization {

		@ParameterizedTest
		@ValueSource(strings = {
				"11010519491231002x",
				"  11010519491231002X  ",
				"110105 19491231 002X",
				"110105\t19491231\n002x",
				"１１０１０５１９４９１２３１００２Ｘ", // full-width, as Chinese input methods type it
				"１１０１０５１９４９１２３１００２ｘ",
				"11010519491231002Ⅹ", // Roman numeral ten, offered by input methods for "X"
				"110105　19491231　002X", // ideographic space
				"110105\u00A019491231\u200B002X" // non-breaking and zero-width spaces from pasted text
		})
		void foldsWhatPeopleTypeToTheCanonicalForm(String raw) {
			assertThat(IdNumber.parse(raw, TODAY).value()).isEqualTo("11010519491231002X");
		}

		@Test
		void upgradesAFirstGenerationNumber() {
			// 130503 + 67 04 01 + 001 becomes 130503 + 1967 04 01 + 001 + the MOD 11-2 check character.
			IdNumber id = IdNumber.parse("130503670401001", TODAY);

			assertThat(id.value()).isEqualTo("130503196704010016");
			assertThat(id.birthDate()).isEqualTo(LocalDate.of(1967, 4, 1));
			assertThat(id.sex()).isEqualTo(Sex.MALE);
			assertThat(id.regionCode()).isEqualTo("130503");
		}

		@Test
		void upgradesAFullWidthFirstGenerationNumber() {
			assertThat(IdNumber.parse(" １３０５０３ ６７０４０１ ００２", TODAY).value()).isEqualTo(withCheck("13050319670401002"));
		}

		@Test
		void upgradedNumbersMatchTheirEighteenDigitForm() {
			assertThat(IdNumber.parse("110105491231002", TODAY)).isEqualTo(IdNumber.parse("11010519491231002X", TODAY));
		}
	}

	@Nested
	class Problems {

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { " ", "   ", "\t\n", "　", "\u200B" })
		void empty(String raw) {
			assertProblem(raw, IdNumberProblem.EMPTY);
		}

		@ParameterizedTest
		@ValueSource(strings = { "1", "1101051949", "11010519491231", "1101051949123100", "11010519491231002",
				"11010519491231002X1", "11010519491231002XX", "110105194912310021234", "abc" })
		void length(String raw) {
			assertProblem(raw, IdNumberProblem.LENGTH);
		}

		@ParameterizedTest
		@ValueSource(strings = {
				"11010519491231002A", // only X may stand in for a digit
				"1101051949123100X2", // ... and only as the check character
				"X10105194912310021",
				"110105-1949123100X",
				"110105/19491231/02",
				"11010519491231002*",
				"11010519491231002Y",
				"١١٠١٠٥١٩٤٩١٢٣١٠٠٢X", // Arabic-Indic digits are not folded to ASCII
				"11010549123100X", // a first-generation number has no check character
				"1101054912310A1" })
		void characters(String raw) {
			assertProblem(raw, IdNumberProblem.CHARACTERS);
		}

		@ParameterizedTest
		@ValueSource(strings = { "00", "01", "09", "10", "16", "19", "20", "24", "30", "38", "40", "47", "49", "55",
				"60", "66", "70", "72", "80", "83", "90", "99" })
		void region(String province) {
			assertProblem(withCheck(province + "010519491231002"), IdNumberProblem.REGION);
		}

		@Test
		void regionOfAFirstGenerationNumber() {
			assertProblem("990503670401001", IdNumberProblem.REGION);
		}

		@ParameterizedTest
		@ValueSource(strings = {
				"19491301", // month 13
				"19490001", // month 0
				"19491200", // day 0
				"19491232", // day 32
				"20000230", // 30 February
				"20010229", // 29 February in a common year
				"19000229", // 1900 is not a leap year: divisible by 100 but not 400
				"19490431", // April has 30 days
				"18791231", // the day before the earliest accepted date
				"10940101", // a plausible typo of 1994
				"00000101",
				"99991399" })
		void birthDate(String yyyymmdd) {
			assertProblem(withCheck("110105" + yyyymmdd + "002"), IdNumberProblem.BIRTH_DATE);
		}

		@Test
		void birthDateOfAFirstGenerationNumber() {
			assertProblem("130503670230001", IdNumberProblem.BIRTH_DATE);
		}

		@ParameterizedTest
		@ValueSource(strings = { "20240602", "20250101", "20991231" })
		void futureBirthDate(String yyyymmdd) {
			assertProblem(withCheck("110105" + yyyymmdd + "002"), IdNumberProblem.FUTURE_BIRTH_DATE);
		}

		@Test
		void futureBirthDateDependsOnTheGivenToday() {
			String number = withCheck("110105" + "20240602" + "002");

			assertThat(IdNumber.parse(number, TODAY.plusDays(1)).birthDate()).isEqualTo(TODAY.plusDays(1));
			assertThat(new IdNumber(number).value()).isEqualTo(number);
		}

		@ParameterizedTest
		@CsvSource({
				"110105194912310021, X",
				"110105194912310028, X",
				"440524188001010015, 4",
				"44052418800101001X, 4",
				"511528199001011230, 4" })
		void checkCharacterReportsTheExpectedCharacter(String number, char expected) {
			assertProblem(number, IdNumberProblem.CHECK_CHARACTER)
					.isInstanceOfSatisfying(InvalidIdNumberException.class,
							e -> assertThat(e.expectedCheckCharacter()).contains(expected))
					.hasMessageContaining("MOD 11-2")
					.hasMessageContaining("'" + expected + "'");
		}

		@Test
		void otherProblemsHaveNoExpectedCheckCharacter() {
			assertProblem("99", IdNumberProblem.LENGTH).isInstanceOfSatisfying(InvalidIdNumberException.class,
					e -> assertThat(e.expectedCheckCharacter()).isEmpty());
		}

		@ParameterizedTest
		@EnumSource(IdNumberProblem.class)
		void messagesNameTheRuleButNeverTheNumber(IdNumberProblem problem) {
			assertThat(new InvalidIdNumberException(problem).getMessage()).startsWith("ID number")
					.doesNotContain("11010519491231002X");
			assertThat(new InvalidIdNumberException(problem).problem()).isEqualTo(problem);
		}

		@Test
		void theConstructorAcceptsOnlyTheCanonicalForm() {
			assertThatThrownBy(() -> new IdNumber("11010519491231002x"))
					.isInstanceOfSatisfying(InvalidIdNumberException.class,
							e -> assertThat(e.problem()).isEqualTo(IdNumberProblem.CHARACTERS));
			assertThatThrownBy(() -> new IdNumber(" 11010519491231002X"))
					.isInstanceOfSatisfying(InvalidIdNumberException.class,
							e -> assertThat(e.problem()).isEqualTo(IdNumberProblem.LENGTH));
			assertThatThrownBy(() -> new IdNumber("130503670401001"))
					.isInstanceOfSatisfying(InvalidIdNumberException.class,
							e -> assertThat(e.problem()).isEqualTo(IdNumberProblem.LENGTH));
			assertThatThrownBy(() -> new IdNumber(null)).isInstanceOf(NullPointerException.class);
		}
	}

	@Nested
	class Derived {

		private final IdNumber woman = IdNumber.parse("11010519491231002X", TODAY);

		@Test
		void sexFollowsTheParityOfTheSeventeenthDigit() {
			for (int digit = 0; digit <= 9; digit++) {
				IdNumber id = IdNumber.parse(withCheck("1101051949123100" + digit), TODAY);
				assertThat(id.sex()).as("17th digit %d", digit).isEqualTo(digit % 2 == 1 ? Sex.MALE : Sex.FEMALE);
			}
		}

		@Test
		void ageCountsCompletedYears() {
			assertThat(woman.ageOn(LocalDate.of(1949, 12, 31))).isZero();
			assertThat(woman.ageOn(LocalDate.of(1950, 12, 30))).isZero();
			assertThat(woman.ageOn(LocalDate.of(1950, 12, 31))).isEqualTo(1);
			assertThat(woman.ageOn(LocalDate.of(2024, 12, 30))).isEqualTo(74);
			assertThat(woman.ageOn(LocalDate.of(2024, 12, 31))).isEqualTo(75);
		}

		@Test
		void aLeapDayBirthdayCompletesOnTheFirstOfMarchInCommonYears() {
			IdNumber leapling = IdNumber.parse(withCheck("11010520000229001"), TODAY);

			assertThat(leapling.ageOn(LocalDate.of(2001, 2, 28))).isZero();
			assertThat(leapling.ageOn(LocalDate.of(2001, 3, 1))).isEqualTo(1);
			assertThat(leapling.ageOn(LocalDate.of(2004, 2, 29))).isEqualTo(4);
		}

		@Test
		void ageBeforeBirthIsAMistake() {
			assertThatIllegalArgumentException().isThrownBy(() -> woman.ageOn(LocalDate.of(1949, 12, 30)));
		}

		@Test
		void regionCodeIsTheFirstSixDigits() {
			assertThat(woman.regionCode()).isEqualTo("110105");
		}

		@Test
		void maskingKeepsRegionAndLastFour() {
			assertThat(IdNumber.parse("511528199001011234", TODAY).masked()).isEqualTo("511528********1234");
			assertThat(woman.masked()).isEqualTo("110105********002X");
		}
	}

	@Nested
	class CheckCharacterAndBuilder {

		@Test
		void checkCharacterCoversAllElevenResults() {
			List<Character> seen = new ArrayList<>();
			for (int sequence = 0; sequence < 100; sequence++) {
				seen.add(IdNumber.checkCharacter("1101051949123100" + sequence % 10));
				seen.add(IdNumber.checkCharacter("110105194912310" + "%02d".formatted(sequence)));
			}
			assertThat(seen).contains('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X');
		}

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { "1101051949123100", "110105194912310020", "1101051949123100X", "１１０１０５１９４９１２３１００２" })
		void checkCharacterNeedsSeventeenAsciiDigits(String first17) {
			assertThatIllegalArgumentException().isThrownBy(() -> IdNumber.checkCharacter(first17));
		}

		@Test
		void ofBuildsTheExpectedNumber() {
			assertThat(IdNumber.of("110105", LocalDate.of(1949, 12, 31), 2).value()).isEqualTo("11010519491231002X");
			assertThat(IdNumber.of("440524", LocalDate.of(1880, 1, 1), 1).value()).isEqualTo("440524188001010014");
			assertThat(IdNumber.of("110105", LocalDate.of(2000, 1, 1), 0).value()).startsWith("11010520000101000");
			assertThat(IdNumber.of("110105", LocalDate.of(2000, 1, 1), 999).value()).startsWith("11010520000101999");
		}

		@Test
		void ofRoundTripsThroughParse() {
			Random random = new Random(20240601);
			for (int i = 0; i < 5_000; i++) {
				String region = randomRegion(random);
				LocalDate birth = randomBirthDate(random);
				int sequence = random.nextInt(1000);

				IdNumber built = IdNumber.of(region, birth, sequence);
				IdNumber parsed = IdNumber.parse(built.value(), TODAY);

				assertThat(parsed).isEqualTo(built);
				assertThat(parsed.regionCode()).isEqualTo(region);
				assertThat(parsed.birthDate()).isEqualTo(birth);
				assertThat(parsed.sex()).isEqualTo(sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE);
				assertThat(parsed.value().substring(14, 17)).isEqualTo("%03d".formatted(sequence));
			}
		}

		@ParameterizedTest
		@ValueSource(ints = { -1, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE })
		void ofRejectsSequencesOutsideThreeDigits(int sequence) {
			assertThatIllegalArgumentException()
					.isThrownBy(() -> IdNumber.of("110105", LocalDate.of(1990, 1, 1), sequence));
		}

		@ParameterizedTest
		@NullAndEmptySource
		@ValueSource(strings = { "11010", "1101050", "11010X", "１１０１０５" })
		void ofRejectsRegionsThatAreNotSixDigits(String region) {
			assertThatIllegalArgumentException()
					.isThrownBy(() -> IdNumber.of(region, LocalDate.of(1990, 1, 1), 1));
		}

		@Test
		void ofAppliesTheNumberRules() {
			assertThatThrownBy(() -> IdNumber.of("991234", LocalDate.of(1990, 1, 1), 1))
					.isInstanceOfSatisfying(InvalidIdNumberException.class,
							e -> assertThat(e.problem()).isEqualTo(IdNumberProblem.REGION));
			assertThatThrownBy(() -> IdNumber.of("110105", LocalDate.of(1879, 12, 31), 1))
					.isInstanceOfSatisfying(InvalidIdNumberException.class,
							e -> assertThat(e.problem()).isEqualTo(IdNumberProblem.BIRTH_DATE));
		}
	}

	@Nested
	class SingleDigitErrors {

		/**
		 * MOD 11-2 detects every single-digit substitution: each weight is non-zero modulo the prime 11,
		 * so changing one digit by d changes the sum by weight * d, which is never a multiple of 11.
		 */
		@Test
		void changingAnyOneOfTheFirstSeventeenDigitsIsDetected() {
			Random random = new Random(11643);
			List<String> undetected = new ArrayList<>();
			for (int i = 0; i < 10_000; i++) {
				String valid = IdNumber.of(randomRegion(random), randomBirthDate(random), random.nextInt(1000)).value();
				char check = valid.charAt(17);
				for (int position = 0; position < 17; position++) {
					for (char digit = '0'; digit <= '9'; digit++) {
						String first17 = valid.substring(0, position) + digit + valid.substring(position + 1, 17);
						if (digit != valid.charAt(position) && IdNumber.checkCharacter(first17) == check) {
							undetected.add(first17 + check);
						}
					}
					// Parsing every mutant costs seconds of exception stack traces; one per position suffices.
					char original = valid.charAt(position);
					char digit = (char) ('0' + (original - '0' + 1 + random.nextInt(9)) % 10);
					String mutant = valid.substring(0, position) + digit + valid.substring(position + 1);
					IdNumberProblem problem = problemOf(mutant);
					// Region and sequence digits carry no other rule, so only the check can catch them.
					boolean onlyTheCheckCanFail = position >= 2 && position < 6 || position >= 14;
					if (problem == null || onlyTheCheckCanFail && problem != IdNumberProblem.CHECK_CHARACTER) {
						undetected.add(mutant);
					}
				}
			}
			assertThat(undetected).isEmpty();
		}

		private static IdNumberProblem problemOf(String number) {
			try {
				IdNumber.parse(number, TODAY);
				return null;
			}
			catch (InvalidIdNumberException e) {
				return e.problem();
			}
		}
	}

	private static String randomRegion(Random random) {
		return PROVINCES[random.nextInt(PROVINCES.length)] + "%04d".formatted(random.nextInt(10_000));
	}

	private static LocalDate randomBirthDate(Random random) {
		LocalDate earliest = LocalDate.of(1880, 1, 1);
		return earliest.plusDays(random.nextLong(ChronoUnit.DAYS.between(earliest, TODAY) + 1));
	}
}
