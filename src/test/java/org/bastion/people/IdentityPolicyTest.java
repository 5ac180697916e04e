package org.bastion.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every kind of holder of a typed ID number against the names a worker may type. */
class IdentityPolicyTest {

	private static final PersonView FU_WEN = holder("付文", false);

	@Test
	void aNumberNobodyHoldsIsANewPerson() {
		assertThat(IdentityPolicy.decide("王小二", null)).isEqualTo(new IdentityPolicy.Unknown());
	}

	@ParameterizedTest
	@ValueSource(strings = { "付文", " 付文 ", "付 文", "付\u3000文", "付·文" })
	void theHoldersNameHoweverSpacedIsTheHolder(String typed) {
		assertThat(IdentityPolicy.decide(typed, FU_WEN)).isEqualTo(new IdentityPolicy.Same(FU_WEN));
	}

	@Test
	void widthAndCaseDoNotMakeAnotherName() {
		PersonView latin = holder("Wang Li", false);
		assertThat(IdentityPolicy.decide("ＷＡＮＧ ｌｉ", latin)).isEqualTo(new IdentityPolicy.Same(latin));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "  " })
	void noTypedNameIsTheHolder(String typed) {
		assertThat(IdentityPolicy.decide(typed, FU_WEN)).isEqualTo(new IdentityPolicy.Same(FU_WEN));
	}

	@ParameterizedTest
	@ValueSource(strings = { "王小二", "付文文", "傅文" })
	void anotherNameIsAQuestionForTheWorker(String typed) {
		assertThat(IdentityPolicy.decide(typed, FU_WEN)).isEqualTo(new IdentityPolicy.NameDiffers(FU_WEN));
	}

	@ParameterizedTest
	@ValueSource(strings = { "王小二", "付文" })
	void aHolderOutsideTheAreaIsElsewhereWhateverTheName(String typed) {
		PersonView outsider = holder(null, true);
		assertThat(IdentityPolicy.decide(typed, outsider)).isEqualTo(new IdentityPolicy.Elsewhere(outsider));
	}

	private static PersonView holder(String name, boolean outside) {
		return new PersonView(7, "110105199001011234", DocumentType.RESIDENT_ID, null, name, null, null, null, null, null,
				"511528103201", null, null, Set.of(), false, 0, null, null, outside);
	}
}
