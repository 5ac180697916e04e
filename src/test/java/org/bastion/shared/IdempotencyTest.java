package org.bastion.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class IdempotencyTest {

	private static final String KEY = "case.clientId.size";

	@Test
	void theBodysClientIdWinsOverTheHeader() {
		assertThat(Idempotency.clientId("from-header", "from-body", KEY)).isEqualTo("from-body");
		assertThat(Idempotency.clientId("k".repeat(65), "from-body", KEY)).isEqualTo("from-body");
	}

	@Test
	void theHeaderStandsInForABlankOrMissingBodyId() {
		assertThat(Idempotency.clientId("from-header", null, KEY)).isEqualTo("from-header");
		assertThat(Idempotency.clientId("from-header", "  ", KEY)).isEqualTo("from-header");
		assertThat(Idempotency.clientId("k".repeat(64), null, KEY)).hasSize(64);
		assertThat(Idempotency.clientId(null, null, KEY)).isNull();
		assertThat(Idempotency.clientId(null, " ", KEY)).isEqualTo(" ");
	}

	@Test
	void aHeaderTooLongIsRefusedNamingTheHeader() {
		assertThatThrownBy(() -> Idempotency.clientId("k".repeat(65), null, KEY))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
				.extracting(FieldViolation::field, FieldViolation::rule, FieldViolation::messageKey)
				.containsExactly(tuple(Idempotency.KEY, "size", KEY)));
	}

	@Test
	void storedIdsAreStrippedAndBlankMeansNone() {
		assertThat(Idempotency.stored("  3f2b9c1e-7a4d-4e0f-9b1a-2c3d4e5f6a7b  ", KEY)).isEqualTo("3f2b9c1e-7a4d-4e0f-9b1a-2c3d4e5f6a7b");
		assertThat(Idempotency.stored(" ", KEY)).isNull();
		assertThat(Idempotency.stored(null, KEY)).isNull();
		assertThat(Idempotency.stored("k".repeat(64), KEY)).hasSize(64);
	}

	@Test
	void storedIdsTooLongOrOfOtherCharactersAreRefusedNamingClientId() {
		for (String bad : new String[] { "k".repeat(65), "two words", "编号1", "a/b", "a;DROP" }) {
			assertThatThrownBy(() -> Idempotency.stored(bad, KEY)).as(bad)
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
					.extracting(FieldViolation::field, FieldViolation::rule, FieldViolation::messageKey)
					.containsExactly(tuple("clientId", "shape", KEY)));
		}
	}

	@Test
	void aFormsHiddenIdThatIsNoneOnlyLosesItsProtection() {
		assertThat(Idempotency.ofForm(" page-1 ")).isEqualTo("page-1");
		assertThat(Idempotency.ofForm("k".repeat(65))).isNull();
		assertThat(Idempotency.ofForm("two words")).isNull();
		assertThat(Idempotency.ofForm("")).isNull();
		assertThat(Idempotency.ofForm(null)).isNull();
	}
}
