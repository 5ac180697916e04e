package org.bastion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bastion.shared.FieldViolation;
import org.junit.jupiter.api.Test;

class Dhis2MappingTest {

	private static final Set<String> FIGURES = Set.of("arrivals.fromWuhan", "observation.fevers", "cases.confirmed");

	@Test
	void uidsOfElevenLettersAndDigitsStartingWithALetterAreKept() {
		Dhis2Mapping mapping = new Dhis2Mapping(" pBOMPrpg1QX ", Map.of("arrivals.fromWuhan", "fbfJHSPpUQD",
				"observation.fevers", " cYeuwXTCPkU "), Map.of("511528103", "CN-511528103"));
		assertThat(mapping.problems(FIGURES)).isEmpty();
		assertThat(mapping.dataSet()).isEqualTo("pBOMPrpg1QX");
		assertThat(mapping.dataElements()).containsEntry("observation.fevers", "cYeuwXTCPkU");
		assertThat(mapping.orgUnit("511528103")).isEqualTo("CN-511528103");
		assertThat(mapping.orgUnit("511528100")).isEqualTo("511528100");
	}

	@Test
	void aBlankDataElementUnmapsItsFigureAndNoDataSetIsAllowed() {
		Map<String, String> elements = new HashMap<>();
		elements.put("arrivals.fromWuhan", " ");
		elements.put("observation.fevers", null);
		Dhis2Mapping mapping = new Dhis2Mapping("", elements, null);
		assertThat(mapping.problems(FIGURES)).isEmpty();
		assertThat(mapping.dataSet()).isNull();
		assertThat(mapping.dataElements()).isEmpty();
		assertThat(mapping.orgUnits()).isEmpty();
	}

	@Test
	void everyBrokenRuleNamesItsFieldAndRule() {
		Dhis2Mapping mapping = new Dhis2Mapping("1BOMPrpg1QX", Map.of("arrivals.fromWuhan", "fbfJHSPpUQ",
				"observation.fevers", "cYeuwXTCP-U", "nobody.counts", "cYeuwXTCPkU"), Map.of("511528103", "CN 51"));
		assertThat(fieldsAndRules(mapping.problems(FIGURES))).containsExactlyInAnyOrder("dataSet uid",
				"dataElements.arrivals.fromWuhan uid", "dataElements.observation.fevers uid",
				"dataElements.nobody.counts figure", "orgUnits.511528103 code");
	}

	@Test
	void aDataElementStandsForOneFigureOnly() {
		Dhis2Mapping mapping = new Dhis2Mapping(null, Map.of("arrivals.fromWuhan", "fbfJHSPpUQD", "cases.confirmed",
				"fbfJHSPpUQD"), Map.of());
		List<FieldViolation> problems = mapping.problems(FIGURES);
		assertThat(problems).hasSize(1);
		assertThat(problems.getFirst().rule()).isEqualTo("unique");
		assertThat(problems.getFirst().messageKey()).isEqualTo("report.dhis2.dataElement.taken");
	}

	@Test
	void elevenCharactersExactly() {
		assertThat(Dhis2Mapping.UID.matcher("a1234567890").matches()).isTrue();
		assertThat(Dhis2Mapping.UID.matcher("a123456789").matches()).isFalse();
		assertThat(Dhis2Mapping.UID.matcher("a12345678901").matches()).isFalse();
		assertThat(Dhis2Mapping.UID.matcher("_1234567890").matches()).isFalse();
	}

	private static List<String> fieldsAndRules(List<FieldViolation> problems) {
		return problems.stream().map(p -> p.field() + " " + p.rule()).toList();
	}
}
