package org.bastion.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.bastion.people.SearchTerm.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTermTests {

	private static final String ID = IdNumber.of("511528", LocalDate.of(1990, 1, 1), 123).value();

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\u3000", "\t" })
	void nothingTypedListsEveryone(String q) {
		assertThat(SearchTerm.of(q)).isEqualTo(new SearchTerm(Kind.ALL, ""));
	}

	@Test
	void aWholeIdNumberIsAnExactIdSearch() {
		assertThat(SearchTerm.of(ID)).isEqualTo(new SearchTerm(Kind.ID_NUMBER, ID));
	}

	@Test
	void anIdNumberIsReadAsTypedOnAPhone() {
		String fullWidth = ID.chars()
			.mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
			.reduce("", String::concat);
		assertThat(SearchTerm.of(" " + fullWidth.substring(0, 6) + " " + fullWidth.substring(6) + " "))
			.isEqualTo(new SearchTerm(Kind.ID_NUMBER, ID));
	}

	@Test
	void aLowerCaseCheckCharacterIsUpperCased() {
		String withX = IdNumber.of("110105", LocalDate.of(1949, 10, 1), 3).value();
		String typed = withX.endsWith("X") ? withX.substring(0, 17) + "x" : withX;
		assertThat(SearchTerm.of(typed)).isEqualTo(new SearchTerm(Kind.ID_NUMBER, withX));
	}

	@Test
	void aFifteenDigitNumberIsConvertedToEighteen() {
		String old = "511528" + "900101" + "123";
		assertThat(SearchTerm.of(old)).isEqualTo(new SearchTerm(Kind.ID_NUMBER, IdNumber.parse(old).value()));
	}

	@Test
	void aMistypedEighteenDigitNumberStaysAnExactSearchThatFindsNothing() {
		String wrongCheck = ID.substring(0, 17) + (ID.charAt(17) == '0' ? '1' : '0');
		assertThat(SearchTerm.of(wrongCheck)).isEqualTo(new SearchTerm(Kind.ID_NUMBER, wrongCheck));
	}

	@Test
	void fifteenDigitsThatAreNoIdNumberArePartOfANumber() {
		assertThat(SearchTerm.of("999999999999999").kind()).isEqualTo(Kind.DIGITS);
	}

	@ParameterizedTest
	@CsvSource({ "13912341111, 13912341111", "139 1234 1111, 13912341111", "139-1234-1111, 13912341111",
			"+86 139 1234 1111, 13912341111", "8613912341111, 13912341111" })
	void aWholeMobileNumberIsAnExactPhoneSearch(String typed, String phone) {
		assertThat(SearchTerm.of(typed)).isEqualTo(new SearchTerm(Kind.PHONE, phone));
	}

	@Test
	void elevenDigitsThatAreNoMobileNumberArePartOfANumber() {
		assertThat(SearchTerm.of("51152819900").kind()).isEqualTo(Kind.DIGITS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1234", "5115281990", "1111", "123X", "12345678901234567" })
	void fourOrMoreDigitsArePartOfAnIdNumberOrPhone(String digits) {
		assertThat(SearchTerm.of(digits)).isEqualTo(new SearchTerm(Kind.DIGITS, digits));
	}

	@Test
	void reversedDigitsServeEndsWithSearches() {
		assertThat(SearchTerm.of("1234").reversed()).isEqualTo("4321");
	}

	@ParameterizedTest
	@ValueSource(strings = { "1", "12", "123" })
	void fewerThanFourDigitsAreTooShort(String digits) {
		assertThat(SearchTerm.of(digits).kind()).isEqualTo(Kind.TOO_SHORT);
	}

	@ParameterizedTest
	@CsvSource({ "张, 张", "张伟, 张伟", "' 张伟 ', 张伟", "John Smith, John Smith", "E12345678, E12345678",
			"'O''Brien', 'O''Brien'", "50%, 50%" })
	void anythingElseIsTheStartOfANameOrADocumentNumber(String typed, String name) {
		assertThat(SearchTerm.of(typed)).isEqualTo(new SearchTerm(Kind.NAME, name));
	}

	@Test
	void fullWidthLettersInANameAreFolded() {
		assertThat(SearchTerm.of("ＪＯＨＮ")).isEqualTo(new SearchTerm(Kind.NAME, "JOHN"));
	}

	@Test
	void aDocumentNumberIsComparedAsStored() {
		assertThat(SearchTerm.of("e 1234 5678").asDocumentNumber()).isEqualTo("E12345678");
	}
}
