package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import org.bastion.observation.AlertView.AlertKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AlertPolicyTest {

	@ParameterizedTest(name = "{0} °C without symptoms: {1}")
	@CsvSource({ "35.0, NORMAL", "36.5, NORMAL", "37.2, NORMAL", "37.29, NORMAL", "37.3, FEVER", "37.30, FEVER",
			"38.5, FEVER", "42.0, FEVER" })
	void thirtySevenPointThreeIsAFever(String temperature, String expected) {
		var assessment = AlertPolicy.assess(new BigDecimal(temperature), Set.of());
		if (expected.equals("NORMAL")) {
			assertThat(assessment).isInstanceOf(AlertPolicy.Normal.class);
			assertThat(AlertPolicy.abnormal(new BigDecimal(temperature), Set.of())).isFalse();
		}
		else {
			assertThat(assessment).isEqualTo(new AlertPolicy.Abnormal(AlertKind.FEVER));
		}
	}

	@ParameterizedTest
	@EnumSource(Symptom.class)
	void anySymptomWithANormalTemperatureOpensASymptomAlert(Symptom symptom) {
		assertThat(AlertPolicy.assess(new BigDecimal("36.4"), Set.of(symptom)))
			.isEqualTo(new AlertPolicy.Abnormal(AlertKind.SYMPTOM));
	}

	@Test
	void aFeverWithSymptomsIsAFeverAlert() {
		assertThat(AlertPolicy.assess(new BigDecimal("38.1"), EnumSet.of(Symptom.COUGH, Symptom.FATIGUE)))
			.isEqualTo(new AlertPolicy.Abnormal(AlertKind.FEVER));
	}
}
