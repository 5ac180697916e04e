package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The rules of a supervisor's visit, each broken one named on its field, all at once. */
class InspectionPolicyTest {

	static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 15, 0);

	static final InspectionPolicy.Staffed OPEN = new InspectionPolicy.Staffed(LocalDate.of(2026, 11, 1), null);

	@Test
	void aVisitThatFoundAllInOrderNeedsNothingMore() {
		assertThat(refusals(visit(Set.of(), null, null), NOW.minusHours(2), OPEN)).isEmpty();
	}

	@Test
	void whatWasLackingIsDescribedAndMayBeGivenADeadlineFromTheVisitsDayOn() {
		assertThat(refusals(visit(Set.of(InspectionItem.SIGNS), "未张贴二维码", NOW.toLocalDate()), NOW, OPEN)).isEmpty();
		assertThat(refusals(visit(Set.of(InspectionItem.SIGNS), " ", null), NOW, OPEN)).containsExactly("finding:inspection.finding.required");
		assertThat(refusals(visit(Set.of(InspectionItem.DISINFECTION), "未消毒", NOW.toLocalDate().minusDays(1)), NOW, OPEN))
			.containsExactly("rectifyBy:inspection.rectifyBy.beforeVisit");
	}

	@Test
	void aDeadlineWithNothingLackingIsRefused() {
		assertThat(refusals(visit(Set.of(), "都好", NOW.toLocalDate().plusDays(1)), NOW, OPEN))
			.containsExactly("rectifyBy:inspection.rectifyBy.nothingLacking");
	}

	@Test
	void aVisitIsNotLaterThanNowBeyondAPhonesClockSlack() {
		assertThat(refusals(visit(Set.of(), null, null), NOW.plusMinutes(InspectionPolicy.CLOCK_SLACK_MINUTES), OPEN)).isEmpty();
		assertThat(refusals(visit(Set.of(), null, null), NOW.plusMinutes(InspectionPolicy.CLOCK_SLACK_MINUTES + 1), OPEN))
			.containsExactly("inspectedAt:inspection.inspectedAt.future");
	}

	@Test
	void aVisitFallsOnADayTheCheckpointWasStaffed() {
		InspectionPolicy.Staffed closed = new InspectionPolicy.Staffed(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20));
		assertThat(refusals(visit(Set.of(), null, null), LocalDateTime.of(2026, 10, 31, 23, 59), closed))
			.containsExactly("inspectedAt:inspection.inspectedAt.notStaffed");
		assertThat(refusals(visit(Set.of(), null, null), LocalDateTime.of(2026, 11, 21, 0, 0), closed))
			.containsExactly("inspectedAt:inspection.inspectedAt.notStaffed");
		assertThat(refusals(visit(Set.of(), null, null), LocalDateTime.of(2026, 11, 20, 23, 59), closed)).isEmpty();
		assertThat(refusals(visit(Set.of(), null, null), LocalDateTime.of(2026, 11, 1, 0, 0), closed)).isEmpty();
	}

	@Test
	void everyBrokenRuleIsAnsweredAtOnce() {
		assertThat(refusals(visit(Set.of(InspectionItem.STAFF_ON_POST, InspectionItem.LEADER_PRESENT), null,
				LocalDate.of(2026, 10, 1)), NOW.plusDays(1), OPEN))
			.containsExactly("inspectedAt:inspection.inspectedAt.future", "finding:inspection.finding.required",
					"rectifyBy:inspection.rectifyBy.beforeVisit");
	}

	private static NewInspection visit(Set<InspectionItem> lacking, String finding, LocalDate rectifyBy) {
		return new NewInspection(null, lacking, finding, rectifyBy, null);
	}

	private static List<String> refusals(NewInspection visit, LocalDateTime at, InspectionPolicy.Staffed checkpoint) {
		return InspectionPolicy.refusals(visit, at, checkpoint, NOW).stream().map(r -> r.field() + ":" + r.messageKey()).toList();
	}
}
