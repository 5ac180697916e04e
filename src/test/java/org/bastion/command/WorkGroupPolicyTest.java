package org.bastion.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.shared.JurisdictionPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Where groups are set up, who may join one and who may lead it. */
class WorkGroupPolicyTest {

	private static final JurisdictionPath TOWNSHIP = JurisdictionPath.of("511528", "511528103");

	@ParameterizedTest
	@EnumSource(JurisdictionLevel.class)
	void aGroupBelongsToACountyOrATownshipHq(JurisdictionLevel level) {
		assertThat(WorkGroupPolicy.placeAccepted(level))
			.isEqualTo(level == JurisdictionLevel.COUNTY || level == JurisdictionLevel.TOWNSHIP);
	}

	@Test
	void itsMembersAreAccountsOfTheHqsAreaAndNoOther() {
		assertThat(WorkGroupPolicy.join(TOWNSHIP, TOWNSHIP)).isEqualTo(new WorkGroupPolicy.Allowed());
		assertThat(WorkGroupPolicy.join(TOWNSHIP, TOWNSHIP.child("511528103201"))).isEqualTo(new WorkGroupPolicy.Allowed());
		assertThat(WorkGroupPolicy.join(TOWNSHIP, JurisdictionPath.of("511528", "511528100", "511528100201")))
			.isEqualTo(new WorkGroupPolicy.Refused("userId", "inArea", "workGroup.member.outsideArea"));
		assertThat(WorkGroupPolicy.join(TOWNSHIP, JurisdictionPath.of("511528")))
			.as("the county above the township is not its area").isInstanceOf(WorkGroupPolicy.Refused.class);
	}

	@Test
	void aGroupHasOneHeadFromItsMembersAndASecondOneOnlyReplacesTheFirstOnPurpose() {
		assertThat(WorkGroupPolicy.lead(null, 7, true, false)).isEqualTo(new WorkGroupPolicy.Allowed());
		assertThat(WorkGroupPolicy.lead(null, 7, false, false))
			.isEqualTo(new WorkGroupPolicy.Refused("userId", "member", "workGroup.head.notMember"));
		assertThat(WorkGroupPolicy.lead(7L, 8, true, false))
			.isEqualTo(new WorkGroupPolicy.Refused("userId", "oneHead", "workGroup.head.already"));
		assertThat(WorkGroupPolicy.lead(7L, 8, true, true)).isEqualTo(new WorkGroupPolicy.Allowed());
		assertThat(WorkGroupPolicy.lead(7L, 7, true, false)).as("the head again").isEqualTo(new WorkGroupPolicy.Allowed());
		assertThat(WorkGroupPolicy.lead(7L, 8, false, true)).as("replacing with a non-member")
			.isInstanceOf(WorkGroupPolicy.Refused.class);
	}
}
