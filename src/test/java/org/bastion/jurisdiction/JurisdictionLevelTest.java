package org.bastion.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Levels as county staff write them in a spreadsheet. */
class JurisdictionLevelTest {

	@ParameterizedTest
	@CsvSource({ "县, COUNTY", "区, COUNTY", "县/区, COUNTY", "COUNTY, COUNTY", "county, COUNTY", "乡镇, TOWNSHIP",
			"镇, TOWNSHIP", "街道, TOWNSHIP", "乡镇/街道, TOWNSHIP", "村, VILLAGE", "社区, VILLAGE", "村/社区, VILLAGE",
			"居委会, VILLAGE", "组, GRID", "网格, GRID", "村民小组, GRID", "组/网格, GRID", "Grid, GRID", "楼栋, BUILDING",
			"栋, BUILDING", "' 村/社区 ', VILLAGE" })
	void readsEnglishAndChineseNames(String text, JurisdictionLevel expected) {
		assertThat(JurisdictionLevel.parse(text)).contains(expected);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "省", "province", "村社区", "COUNTRY", "1", "<script>" })
	void refusesWhatIsNoLevel(String text) {
		assertThat(JurisdictionLevel.parse(text)).isEmpty();
	}

	@Test
	void aChildIsOneLevelDownAndABuildingHoldsBuildings() {
		assertThat(JurisdictionLevel.COUNTY.below()).isEqualTo(JurisdictionLevel.TOWNSHIP);
		assertThat(JurisdictionLevel.TOWNSHIP.below()).isEqualTo(JurisdictionLevel.VILLAGE);
		assertThat(JurisdictionLevel.VILLAGE.below()).isEqualTo(JurisdictionLevel.GRID);
		assertThat(JurisdictionLevel.GRID.below()).isEqualTo(JurisdictionLevel.BUILDING);
		assertThat(JurisdictionLevel.BUILDING.below()).isEqualTo(JurisdictionLevel.BUILDING);
	}
}
