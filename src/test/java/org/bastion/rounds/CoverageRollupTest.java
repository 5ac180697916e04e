package org.bastion.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.bastion.shared.JurisdictionPath;
import org.junit.jupiter.api.Test;

/** The coverage arithmetic: per child by path, the node as their sum, overdue only after the deadline. */
class CoverageRollupTest {

	private static final JurisdictionPath VILLAGE = JurisdictionPath.of("511528", "511528103", "511528103201");

	private static final List<CoverageRollup.Child> GRIDS = List.of(new CoverageRollup.Child("51152810320101", "一组"),
			new CoverageRollup.Child("51152810320102", "二组"), new CoverageRollup.Child("51152810320103", "三组"));

	private static final List<CoverageRollup.Count> COUNTS = List.of(
			count("51152810320101", VisitStatus.PENDING, 3), count("51152810320101", VisitStatus.VISITED_NO_RETURNEES, 5),
			count("51152810320101", VisitStatus.VISITED_WITH_RETURNEES, 2),
			count("51152810320102", VisitStatus.NOBODY_HOME, 4), count("51152810320102", VisitStatus.REFUSED, 1),
			// A building below a grid counts for the grid.
			new CoverageRollup.Count(VILLAGE.child("51152810320102").child("B1"), VisitStatus.PENDING, 6));

	@Test
	void childrenAreSummedByTheirPathAndTheNodeIsTheirSum() {
		CoverageReport report = CoverageRollup.of(1, LocalDate.of(2020, 2, 10), false, "511528103201", "村", VILLAGE, GRIDS,
				COUNTS);

		Coverage first = report.children().get(0);
		assertThat(first).isEqualTo(new Coverage("51152810320101", "一组", 10, 7, 2, 0, 0, 3, 0));
		assertThat(first.percent()).isEqualTo(70);
		Coverage second = report.children().get(1);
		assertThat(second).isEqualTo(new Coverage("51152810320102", "二组", 11, 0, 0, 4, 1, 6, 0));
		assertThat(second.remaining()).isEqualTo(10);
		assertThat(report.children().get(2)).isEqualTo(Coverage.empty("51152810320103", "三组"));
		assertThat(report.children().get(2).percent()).isZero();
		assertThat(report.node()).isEqualTo(new Coverage("511528103201", "村", 21, 7, 2, 4, 1, 9, 0));
	}

	@Test
	void pendingHouseholdsAreOverdueOnlyAfterTheDeadline() {
		CoverageReport report = CoverageRollup.of(1, LocalDate.of(2020, 2, 10), true, "511528103201", "村", VILLAGE, GRIDS,
				COUNTS);

		assertThat(report.node().overdue()).isEqualTo(9);
		assertThat(report.children().get(0).overdue()).isEqualTo(3);
		assertThat(report.children().get(1).overdue()).isEqualTo(6);
	}

	@Test
	void householdsAtTheNodeItselfCountForTheNodeOnlyAndOthersAreIgnored() {
		List<CoverageRollup.Count> counts = List.of(new CoverageRollup.Count(VILLAGE, VisitStatus.PENDING, 2),
				new CoverageRollup.Count(JurisdictionPath.of("511528", "511528101"), VisitStatus.PENDING, 50));

		CoverageReport report = CoverageRollup.of(1, LocalDate.of(2020, 2, 10), false, "511528103201", "村", VILLAGE, GRIDS,
				counts);

		assertThat(report.node().households()).isEqualTo(2);
		assertThat(report.children()).allMatch(child -> child.households() == 0);
	}

	@Test
	void aFullyVisitedAreaIsAHundredPercent() {
		Coverage done = Coverage.empty("x", "x").plus(VisitStatus.VISITED_NO_RETURNEES, 3, true);
		assertThat(done.percent()).isEqualTo(100);
		assertThat(done.overdue()).isZero();
	}

	private static CoverageRollup.Count count(String grid, VisitStatus status, long count) {
		return new CoverageRollup.Count(VILLAGE.child(grid), status, count);
	}
}
