package org.bastion.arrivals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ArrivalPlateTest {

	@ParameterizedTest
	@CsvSource({ "鄂A12345, 鄂A12345", "鄂a12345, 鄂A12345", "鄂A·12345, 鄂A12345", "鄂A 123 45, 鄂A12345",
			"'  川Q8G7K2 ', 川Q8G7K2", "粤BD12345, 粤BD12345", "京Ａ１２３４５, 京A12345", "鄂A-12345, 鄂A12345" })
	void platesAreReadAsPeopleTypeThem(String typed, String stored) {
		assertThat(TransportPlate.parse(typed)).hasValueSatisfying(plate -> assertThat(plate.value()).isEqualTo(stored));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "鄂A1234", "鄂A1234567", "鄂112345", "A12345", "港A12345", "鄂A12?45", "12345678",
			"鄂鄂12345" })
	void notPlates(String typed) {
		assertThat(TransportPlate.parse(typed)).isEmpty();
	}

	@Test
	void everyProvinceCharacterHasItsProvinceCode() {
		assertThat(PlateProvinces.count()).isEqualTo(31);
		String characters = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
		assertThat(characters.chars().filter(c -> PlateProvinces.isProvinceCharacter((char) c)).count()).isEqualTo(31);
		assertThat(PlateProvinces.provinceCode('鄂')).hasValue("42");
		assertThat(PlateProvinces.provinceCode('川')).hasValue("51");
		assertThat(PlateProvinces.provinceCode('京')).hasValue("11");
		assertThat(PlateProvinces.provinceCode('新')).hasValue("65");
		assertThat(PlateProvinces.provinceCode('港')).isEmpty();
		assertThat(TransportPlate.parse("鄂A12345").orElseThrow().provinceCode()).isEqualTo("42");
	}
}
