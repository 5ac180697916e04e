package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bastion.arrivals.ArrivalListEntries;
import org.bastion.arrivals.ArrivalVisits;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.OwnTree;
import org.bastion.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What the checkpoint module tells the others: every passage registered, with what reporting and command
 * count. No module listens yet, so this test shows the event and its fields.
 */
// Security implements the viewer port every service asks; this module's code names no security type.
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "security", "people" })
// The readiness group names the web module's database-write check, which this bootstrap leaves out.
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
class CheckpointModuleTests {

	@MockitoBean
	ArrivalVisits visits;

	@MockitoBean
	ArrivalListEntries listEntries;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	Passages passages;

	@Test
	void aPassageIsPublishedWithItsCounts(Scenario scenario) {
		OwnTree tree = OwnTree.create(jurisdictions);
		CheckpointView checkpoint = SystemTask.call(() -> checkpoints.create(new NewCheckpoint(
				"模块卡点" + UUID.randomUUID().toString().substring(0, 6), CheckpointLevel.TOWNSHIP_BORDER, tree.village(),
				null, null, null, null, Set.of(StaffingAgency.VOLUNTEERS), null, null, null)));
		NewPassage passage = new NewPassage(UUID.randomUUID().toString(), "鄂A12345", PassageVehicle.CAR,
				List.of(new NewPassage.Occupant("张三", null, "13912341111", new BigDecimal("38.1"), null, null, null),
						new NewPassage.Occupant("李四", null, "13912342222", new BigDecimal("36.5"), null, null, null)),
				PassageOutcome.REFERRED_FEVER_CLINIC);

		scenario.stimulate(() -> SystemTask.call(() -> passages.register(checkpoint.id(), passage)))
			.customize(wait -> wait.atMost(Duration.ofSeconds(60)))
			.andWaitForEventOfType(PassageRegistered.class)
			.matching(registered -> registered.checkpointId() == checkpoint.id())
			.toArriveAndVerify((registered, stored) -> {
				assertThat(registered.passageId()).isEqualTo(stored.id());
				assertThat(registered.jurisdictionCode()).isEqualTo(tree.village());
				assertThat(registered.jurisdictionPath()).isEqualTo(tree.villagePath().value());
				assertThat(registered.plateProvince()).isEqualTo("鄂");
				assertThat(registered.vehicleType()).isEqualTo(PassageVehicle.CAR);
				assertThat(registered.outcome()).isEqualTo(PassageOutcome.REFERRED_FEVER_CLINIC);
				assertThat(registered.occupants()).isEqualTo(2);
				assertThat(registered.fevers()).isEqualTo(1);
				assertThat(registered.passedOn()).isEqualTo(stored.passedOn());
			});
	}
}
