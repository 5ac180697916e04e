package org.bastion.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class PersonPolicyTests {

	private static final LocalDate TODAY = LocalDate.of(2020, 2, 3);

	private static final IdNumber MAN = IdNumber.of("511528", LocalDate.of(1985, 6, 15), 31);

	private static final IdNumber WOMAN = IdNumber.of("511528", LocalDate.of(1990, 3, 8), 42);

	@Test
	void aResidentIdNumberGivesBirthDateAndSex() {
		PersonFacts facts = check(MAN.value(), null, null, "张伟", null, null, "139 1234 1111", " 共乐镇 ", null);
		assertThat(facts.documentType()).isEqualTo(DocumentType.RESIDENT_ID);
		assertThat(facts.idNumber()).isEqualTo(MAN.value());
		assertThat(facts.birthDate()).isEqualTo(LocalDate.of(1985, 6, 15));
		assertThat(facts.sex()).isEqualTo(Sex.MALE);
		assertThat(facts.phone()).isEqualTo("13912341111");
		assertThat(facts.address()).isEqualTo("共乐镇");
		assertThat(facts.careFlags()).isEmpty();
	}

	@Test
	void theIdNumberWinsOverAHandEnteredBirthDateAndSex() {
		PersonFacts facts = check(WOMAN.value(), DocumentType.RESIDENT_ID, null, "李芳", Sex.MALE,
				LocalDate.of(2000, 1, 1), null, null, null);
		assertThat(facts.sex()).isEqualTo(Sex.FEMALE);
		assertThat(facts.birthDate()).isEqualTo(LocalDate.of(1990, 3, 8));
	}

	@Test
	void aFifteenDigitNumberIsStoredAsEighteen() {
		PersonFacts facts = check("511528900101123", null, null, "王五", null, null, null, null, null);
		assertThat(facts.idNumber()).hasSize(18).startsWith("51152819900101123");
	}

	@Test
	void aWrongCheckCharacterNamesTheExpectedOne() {
		char expected = MAN.value().charAt(17);
		String wrong = MAN.value().substring(0, 17) + (expected == '0' ? '1' : '0');
		assertThat(violations(wrong, null, null, "张伟", null, null, null, null, null))
			.singleElement()
			.satisfies(v -> {
				assertThat(v.field()).isEqualTo("idNumber");
				assertThat(v.rule()).isEqualTo("check_character");
				assertThat(v.messageKey()).isEqualTo("person.idNumber.CHECK_CHARACTER");
				assertThat(v.arguments()).containsExactly(String.valueOf(expected));
			});
	}

	@Test
	void aBirthDateAfterTodayIsRefused() {
		String unborn = IdNumber.of("511528", TODAY.plusDays(1), 1).value();
		assertThat(violations(unborn, null, null, "张伟", null, null, null, null, null))
			.extracting(FieldViolation::messageKey)
			.containsExactly("person.idNumber.FUTURE_BIRTH_DATE");
	}

	@Test
	void withoutAnIdNumberADocumentTypeIsRequired() {
		assertThat(violations(null, null, null, "张伟", null, null, null, null, null))
			.extracting(FieldViolation::field, FieldViolation::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("documentType", "person.documentType.required"));
	}

	@Test
	void residentIdTypeWithoutANumberAsksForIt() {
		assertThat(violations(" ", DocumentType.RESIDENT_ID, null, "张伟", null, null, null, null, null))
			.extracting(FieldViolation::messageKey)
			.containsExactly("person.idNumber.EMPTY");
	}

	@Test
	void aForeignerIsRegisteredWithAPassport() {
		PersonFacts facts = check(null, DocumentType.PASSPORT, " e1234 5678 ", "John Smith", Sex.MALE,
				LocalDate.of(1970, 5, 1), null, null, null);
		assertThat(facts.idNumber()).isNull();
		assertThat(facts.documentNumber()).isEqualTo("E12345678");
		assertThat(facts.birthDate()).isEqualTo(LocalDate.of(1970, 5, 1));
		assertThat(facts.sex()).isEqualTo(Sex.MALE);
	}

	@Test
	void anotherDocumentNeedsItsNumberAndNoIdNumber() {
		assertThat(violations(MAN.value(), DocumentType.PASSPORT, null, "John", null, null, null, null, null))
			.extracting(FieldViolation::messageKey)
			.containsExactlyInAnyOrder("person.idNumber.notForDocumentType", "person.documentNumber.required");
	}

	@Test
	void aDocumentNumberHasAShape() {
		assertThat(violations(null, DocumentType.PASSPORT, "<script>", "John", null, null, null, null, null))
			.extracting(FieldViolation::messageKey)
			.containsExactly("person.documentNumber.shape");
	}

	@Test
	void anInfantWithoutDocumentsHasBirthDateAndSexByHand() {
		PersonFacts facts = check(null, DocumentType.NONE, null, "宝宝", Sex.FEMALE, TODAY.minusDays(3), null, null,
				Set.of(CareFlag.SMALL_CHILD));
		assertThat(facts.documentType()).isEqualTo(DocumentType.NONE);
		assertThat(facts.documentNumber()).isNull();
		assertThat(facts.birthDate()).isEqualTo(TODAY.minusDays(3));
		assertThat(facts.careFlags()).containsExactly(CareFlag.SMALL_CHILD);
	}

	@Test
	void aHandEnteredBirthDateIsNotInTheFutureNorBefore1880() {
		assertThat(violations(null, DocumentType.NONE, null, "宝宝", null, TODAY.plusDays(1), null, null, null))
			.extracting(FieldViolation::messageKey)
			.containsExactly("person.birthDate.future");
		assertThat(violations(null, DocumentType.NONE, null, "宝宝", null, LocalDate.of(1879, 12, 31), null, null, null))
			.extracting(FieldViolation::messageKey)
			.containsExactly("person.birthDate.tooEarly");
	}

	@Test
	void noDocumentMeansNoDocumentNumber() {
		assertThat(violations(null, DocumentType.NONE, "X1234", "宝宝", null, null, null, null, null))
			.extracting(FieldViolation::messageKey)
			.containsExactly("person.documentNumber.notForNone");
	}

	@Test
	void aPhoneMustBeAMainlandMobile() {
		assertThat(violations(MAN.value(), null, null, "张伟", null, null, "0831-1234567", null, null))
			.extracting(FieldViolation::field, FieldViolation::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("phone", "person.phone.PREFIX"));
		assertThat(violations(MAN.value(), null, null, "张伟", null, null, "1391234", null, null))
			.extracting(FieldViolation::messageKey)
			.containsExactly("person.phone.LENGTH");
	}

	@Test
	void aNameIsRequiredShortAndFreeOfControlCharacters() {
		assertThat(violations(MAN.value(), null, null, "  ", null, null, null, null, null))
			.extracting(FieldViolation::messageKey)
			.containsExactly("person.name.required");
		assertThat(violations(MAN.value(), null, null, "张".repeat(51), null, null, null, null, null))
			.extracting(FieldViolation::messageKey)
			.containsExactly("person.name.size");
		assertThat(violations(MAN.value(), null, null, "张\u0000伟", null, null, null, null, null))
			.extracting(FieldViolation::messageKey)
			.containsExactly("person.name.characters");
	}

	@Test
	void scriptAndSqlInANameAreKeptVerbatim() {
		String hostile = "<script>alert(1)</script>'); DROP TABLE person;--";
		assertThat(check(MAN.value(), null, null, hostile, null, null, null, null, null).name()).isEqualTo(hostile);
	}

	@Test
	void aNameIsFoldedAndItsSpacesTidied() {
		assertThat(check(MAN.value(), null, null, "  ＪＯＨＮ \u3000 Smith ", null, null, null, null, null).name())
			.isEqualTo("JOHN Smith");
	}

	@Test
	void aManCannotBeMarkedPregnant() {
		assertThat(violations(MAN.value(), null, null, "张伟", null, null, null, null, EnumSet.of(CareFlag.PREGNANT)))
			.extracting(FieldViolation::messageKey)
			.containsExactly("person.careFlags.pregnantMale");
		assertThat(check(WOMAN.value(), null, null, "李芳", null, null, null, null, EnumSet.of(CareFlag.PREGNANT))
			.careFlags()).containsExactly(CareFlag.PREGNANT);
	}

	@Test
	void everyBrokenRuleIsReportedAtOnce() {
		assertThat(violations("123", null, null, "", null, null, "abc", "x".repeat(201), null))
			.extracting(FieldViolation::field)
			.containsExactlyInAnyOrder("name", "idNumber", "phone", "address");
	}

	private static PersonFacts check(String id, DocumentType type, String document, String name, Sex sex,
			LocalDate birth, String phone, String address, Set<CareFlag> flags) {
		return PersonPolicy.check(id, type, document, name, sex, birth, phone, address, flags, TODAY);
	}

	private static List<FieldViolation> violations(String id, DocumentType type, String document, String name, Sex sex,
			LocalDate birth, String phone, String address, Set<CareFlag> flags) {
		try {
			check(id, type, document, name, sex, birth, phone, address, flags);
		}
		catch (InvalidInputException e) {
			return e.violations();
		}
		throw new AssertionError("expected a violation");
	}
}
