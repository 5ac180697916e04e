package org.bastion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.bastion.reporting.FigureCounts.Figures;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.ReportFigureSource.PlaceCount;
import org.junit.jupiter.api.Test;

/** Counts summed up the tree on read: at every level the children add up to the parent. */
class FigureCountsTest {

	private static final JurisdictionPath COUNTY = JurisdictionPath.of("511528");

	private static final JurisdictionPath TOWNSHIP = COUNTY.child("511528103");

	private final FigureCounts counts = new FigureCounts(List.of(
			new PlaceCount("/511528/511528103/511528103201/51152810320101/", "arrivals.fromWuhan", 2),
			new PlaceCount("/511528/511528103/511528103201/", "arrivals.fromWuhan", 1),
			new PlaceCount("/511528/511528103/511528103202/", "arrivals.fromWuhan", 4),
			new PlaceCount("/511528/511528103/", "site:9", "isolation.occupants", 5),
			new PlaceCount("/511528/511528104/511528104201/", "arrivals.fromWuhan", 7),
			new PlaceCount("/511528/511528104/511528104201/", "observation.homeCurrent", 3)));

	@Test
	void anAreaHoldsEverythingBelowIt() {
		assertThat(counts.within(COUNTY).values()).containsExactlyInAnyOrderEntriesOf(
				Map.of("arrivals.fromWuhan", 14L, "isolation.occupants", 5L, "observation.homeCurrent", 3L));
		assertThat(counts.within(TOWNSHIP.child("511528103201")).of("arrivals.fromWuhan")).isEqualTo(3);
	}

	@Test
	void theChildrenAndThePlaceItselfAddUpToTheParentAtEveryLevel() {
		for (JurisdictionPath parent : List.of(COUNTY, TOWNSHIP, TOWNSHIP.child("511528103201"))) {
			Map<String, Figures> rows = counts.byChild(parent);
			Figures total = counts.within(parent);
			for (String key : total.values().keySet()) {
				assertThat(rows.values().stream().mapToLong(f -> f.of(key)).sum()).as("%s at %s", key, parent)
					.isEqualTo(total.of(key));
			}
		}
		assertThat(counts.byChild(TOWNSHIP).get("").of("isolation.occupants")).isEqualTo(5);
	}

	@Test
	void aUnitHoldsOnlyItsOwnRecords() {
		assertThat(counts.ofUnit("site:9").values()).containsExactlyEntriesOf(Map.of("isolation.occupants", 5L));
		assertThat(counts.ofUnit("site:10").values()).isEmpty();
	}

	@Test
	void aSiblingWhoseCodeStartsTheSameIsNotBelow() {
		FigureCounts siblings = new FigureCounts(List.of(new PlaceCount("/511528/5115281031/", "arrivals.fromWuhan", 1)));

		assertThat(siblings.within(TOWNSHIP).of("arrivals.fromWuhan")).isZero();
	}
}
