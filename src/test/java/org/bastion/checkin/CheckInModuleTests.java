package org.bastion.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.observation.Symptom;
import org.bastion.people.OwnTree;
import org.bastion.people.People;
import org.bastion.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * A staff member's check-in with a fever is told to the others as {@link CheckInFeverReported}; no
 * module listens yet (reporting will), so this test shows the event and its fields. Check-ins share
 * observation's rules but none of its beans, so observation is not started.
 */
// Security implements the viewer port every service asks; this module's code names no security type.
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "security")
// The readiness group names the web module's database-write check, which this bootstrap leaves out.
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
class CheckInModuleTests {

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	People people;

	@Autowired
	StaffUnits units;

	@Autowired
	CheckIns checkIns;

	@Test
	void aCheckInWithAFeverIsReported(Scenario scenario) {
		OwnTree tree = OwnTree.create(jurisdictions);
		long person = tree.resident(people, "模块打卡");
		// One window over the whole day, so that the test does not depend on the hour it runs at.
		long unit = SystemTask.call(() -> {
			long id = units.create(new NewStaffUnit("模块卡口", tree.grid(), 1, List.of("00:00-23:59"))).id();
			units.addMember(id, person);
			return id;
		});

		scenario.stimulate(() -> SystemTask.call(() -> checkIns.record(unit,
				new NewCheckIn(person, new BigDecimal("38.5"), List.of("FATIGUE"), null))))
			.customize(wait -> wait.atMost(Duration.ofSeconds(60)))
			.andWaitForEventOfType(CheckInFeverReported.class)
			.matching(reported -> reported.unitId() == unit)
			.toArriveAndVerify((reported, entry) -> {
				assertThat(entry.abnormal()).isTrue();
				assertThat(reported.alertId()).isPositive();
				assertThat(reported.personId()).isEqualTo(person);
				assertThat(reported.jurisdictionPath()).isEqualTo(tree.gridPath().value());
				assertThat(reported.temperature()).isEqualByComparingTo("38.5");
				assertThat(reported.symptoms()).isEqualTo(Set.of(Symptom.FATIGUE));
			});
	}
}
