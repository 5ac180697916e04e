package org.bastion.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTest {

	@Test
	void idNumbersKeepRegionAndLastFour() {
		assertThat(Masking.idNumber("511528199001011234")).isEqualTo("511528********1234");
	}

	@Test
	void phonesKeepPrefixAndLastFour() {
		assertThat(Masking.phone("13912341111")).isEqualTo("139****1111");
	}

	@Test
	void shortOrMissingValuesRevealNothing() {
		assertThat(Masking.idNumber(null)).isNull();
		assertThat(Masking.phone(null)).isNull();
		assertThat(Masking.idNumber("E1234")).isEqualTo("*****");
		assertThat(Masking.phone("12345")).isEqualTo("*****");
	}
}
