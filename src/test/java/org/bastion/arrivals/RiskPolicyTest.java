package org.bastion.arrivals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskPolicyTest {

	private static final LocalDate DAY = LocalDate.of(2020, 2, 3);

	private static RiskArea area(String code, RiskLevel level, LocalDate from, LocalDate to) {
		return new RiskArea(code.hashCode(), code, "area " + code, level, from, to, "hq", null, null);
	}

	private static RiskArea open(String code, RiskLevel level) {
		return area(code, level, DAY.minusDays(10), null);
	}

	private static RiskAssessment assess(String origin, String plate, String idRegion, RiskArea... areas) {
		TransportPlate parsed = plate == null ? null : TransportPlate.parse(plate).orElseThrow();
		return RiskPolicy.assess(new RiskPolicy.Facts(origin, parsed, idRegion, DAY), List.of(areas));
	}

	@ParameterizedTest(name = "area {0} contains origin {1}: {2}")
	@CsvSource({ "420000, 420111, true", "420000, 420111001, true", "420100, 420111, true", "420100, 420111001, true",
			"420111, 420111, true", "420111, 420111001, true", "420111001, 420111001, true", "420111001, 420111002, false",
			"420111, 420112, false", "420100, 420200, false", "420000, 430100, false", "420100, 429004, false",
			"110000, 110101, true" })
	void originContainmentFollowsTheCodePrefixAtEachLevel(String areaCode, String origin, boolean contained) {
		RiskAssessment risk = assess(origin, null, null, open(areaCode, RiskLevel.HIGH));
		assertThat(risk.level()).isEqualTo(contained ? RiskLevel.HIGH : RiskLevel.NONE);
		if (contained) {
			assertThat(risk.reasons()).singleElement().satisfies(reason -> {
				assertThat(reason.code()).isEqualTo(RiskReason.Code.ORIGIN);
				assertThat(reason.areaCode()).isEqualTo(areaCode);
			});
		}
	}

	@Test
	void anAreaAppliesOnlyFromItsFirstToItsLastDay() {
		assertThat(assess("420111", null, null, area("420100", RiskLevel.HIGH, DAY, DAY)).level()).isEqualTo(RiskLevel.HIGH);
		assertThat(assess("420111", null, null, area("420100", RiskLevel.HIGH, DAY.plusDays(1), null)).level())
			.isEqualTo(RiskLevel.NONE);
		assertThat(assess("420111", null, null, area("420100", RiskLevel.HIGH, DAY.minusDays(5), DAY.minusDays(1))).level())
			.isEqualTo(RiskLevel.NONE);
		assertThat(assess("420111", null, null, area("420100", RiskLevel.HIGH, DAY.minusDays(5), DAY)).level())
			.isEqualTo(RiskLevel.HIGH);
	}

	@Test
	void aPlateFlagsItsProvinceWhenTheProvinceHoldsADesignatedArea() {
		RiskAssessment hubei = assess("510100", "鄂A12345", null, open("420100", RiskLevel.MEDIUM));
		assertThat(hubei.level()).isEqualTo(RiskLevel.MEDIUM);
		assertThat(hubei.reasons()).singleElement().satisfies(reason -> {
			assertThat(reason.code()).isEqualTo(RiskReason.Code.PLATE);
			assertThat(reason.detail()).isEqualTo("鄂");
		});
		assertThat(assess("510100", "川Q12345", null, open("420100", RiskLevel.HIGH)).level()).isEqualTo(RiskLevel.NONE);
		assertThat(assess("510100", "鄂A12345", null, open("430100", RiskLevel.HIGH)).level()).isEqualTo(RiskLevel.NONE);
	}

	@Test
	void theIdNumbersRegionIsAHintOfAtMostLow() {
		RiskAssessment hint = assess("510100", null, "420111", open("420000", RiskLevel.HIGH));
		assertThat(hint.level()).isEqualTo(RiskLevel.LOW);
		assertThat(hint.reasons()).singleElement().satisfies(reason -> {
			assertThat(reason.code()).isEqualTo(RiskReason.Code.ID_HINT);
			assertThat(reason.level()).isEqualTo(RiskLevel.LOW);
			assertThat(reason.detail()).isEqualTo("420111");
		});
		assertThat(assess("510100", null, "510100", open("420000", RiskLevel.HIGH)).level()).isEqualTo(RiskLevel.NONE);
		assertThat(assess("510100", null, null, open("420000", RiskLevel.HIGH)).reasons()).isEmpty();
	}

	@Test
	void theMostSevereAreaWinsAndEveryReasonIsListedStrongestFirst() {
		RiskAssessment risk = assess("420111", "鄂A12345", "420111", open("420000", RiskLevel.LOW),
				open("420100", RiskLevel.HIGH), open("420111", RiskLevel.MEDIUM));
		assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
		assertThat(risk.reasons()).extracting(RiskReason::code)
			.containsExactly(RiskReason.Code.ORIGIN, RiskReason.Code.PLATE, RiskReason.Code.ID_HINT);
		assertThat(risk.reasons().getFirst().areaCode()).isEqualTo("420100");
		assertThat(risk.reasons().getLast().level()).isEqualTo(RiskLevel.LOW);
	}

	@Test
	void amongEquallySevereAreasTheSmallestIsNamed() {
		RiskAssessment risk = assess("420111", null, null, open("420000", RiskLevel.HIGH), open("420111", RiskLevel.HIGH));
		assertThat(risk.reasons().getFirst().areaCode()).isEqualTo("420111");
	}

	@Test
	void noAreasNoRisk() {
		RiskAssessment risk = assess("420111", "鄂A12345", "420111");
		assertThat(risk.level()).isEqualTo(RiskLevel.NONE);
		assertThat(risk.reasons()).isEmpty();
	}

	@Test
	void reasonsSurviveTheirColumn() {
		RiskAssessment risk = assess("420111", "鄂A12345", "420111", open("420100", RiskLevel.HIGH));
		assertThat(RiskReason.decode(RiskReason.encode(risk.reasons()))).isEqualTo(risk.reasons());
		assertThat(RiskReason.decode(null)).isEmpty();
	}
}
