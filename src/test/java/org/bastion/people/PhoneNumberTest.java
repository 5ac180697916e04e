package org.bastion.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.bastion.people.PhoneNumber.InvalidPhoneNumberException;
import org.bastion.people.PhoneNumber.PhoneNumberProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

	private static void assertProblem(String raw, PhoneNumberProblem problem) {
		assertThatThrownBy(() -> PhoneNumber.parse(raw)).isInstanceOfSatisfying(InvalidPhoneNumberException.class,
				e -> assertThat(e.problem()).isEqualTo(problem));
	}

	@ParameterizedTest
	@ValueSource(strings = { "13012345678", "13912341111", "14512345678", "15012345678", "16612345678",
			"17012345678", "18812345678", "19912345678" })
	void acceptsMobileNumbersWithSecondDigitThreeToNine(String number) {
		assertThat(PhoneNumber.parse(number).value()).isEqualTo(number);
		assertThat(new PhoneNumber(number).value()).isEqualTo(number);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"  13912341111  ",
			"139 1234 1111",
			"139-1234-1111",
			"139 - 1234 - 1111",
			"+8613912341111",
			"+86 139 1234 1111",
			"+86-139-1234-1111",
			"8613912341111",
			"86 139 1234 1111",
			"１３９１２３４１１１１", // full-width, as Chinese input methods type it
			"＋８６　１３９－１２３４－１１１１",
			"139\u00A01234\u200B1111", // non-breaking and zero-width spaces from pasted text
			"139–1234—1111" // en and em dashes
	})
	void foldsWhatPeopleTypeToElevenDigits(String raw) {
		assertThat(PhoneNumber.parse(raw).value()).isEqualTo("13912341111");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { " ", "\t", "　", "-", " - - ", "+86", "＋８６ " })
	void empty(String raw) {
		assertProblem(raw, PhoneNumberProblem.EMPTY);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "1391234111", "139123411111", "+86139123411", "+861391234111111",
			"008613912341111", "861391234111", "abc", "+1 555 123 4567" })
	void length(String raw) {
		assertProblem(raw, PhoneNumberProblem.LENGTH);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1391234111a", "139.123.411", "(139)123411", "+1391234111", "13912341l11",
			"+8613912341X11", "٣٩١٢٣٤١١١١١" })
	void characters(String raw) {
		assertProblem(raw, PhoneNumberProblem.CHARACTERS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "01012345678", "23912341111", "10012345678", "11012345678", "12912341111",
			"86139123411", "+8623912341111", "99912341111" })
	void prefix(String raw) {
		assertProblem(raw, PhoneNumberProblem.PREFIX);
	}

	@Test
	void theConstructorAcceptsOnlyTheCanonicalForm() {
		assertThatThrownBy(() -> new PhoneNumber("139 1234 1111")).isInstanceOfSatisfying(
				InvalidPhoneNumberException.class, e -> assertThat(e.problem()).isEqualTo(PhoneNumberProblem.LENGTH));
		assertThatThrownBy(() -> new PhoneNumber("+8613912341111")).isInstanceOfSatisfying(
				InvalidPhoneNumberException.class, e -> assertThat(e.problem()).isEqualTo(PhoneNumberProblem.LENGTH));
		assertThatThrownBy(() -> new PhoneNumber(null)).isInstanceOf(NullPointerException.class);
	}

	@Test
	void maskingKeepsTheFirstThreeAndLastFourDigits() {
		assertThat(PhoneNumber.parse("139 1234 1111").masked()).isEqualTo("139****1111");
		assertThat(PhoneNumber.parse("18812345678").masked()).isEqualTo("188****5678");
	}

	@ParameterizedTest
	@EnumSource(PhoneNumberProblem.class)
	void messagesNameTheRule(PhoneNumberProblem problem) {
		InvalidPhoneNumberException e = new InvalidPhoneNumberException(problem);

		assertThat(e.getMessage()).startsWith("Phone number");
		assertThat(e.problem()).isEqualTo(problem);
	}
}
