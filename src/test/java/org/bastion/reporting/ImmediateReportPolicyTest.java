package org.bastion.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.bastion.reporting.ImmediateReportPolicy.Acknowledge;
import org.bastion.reporting.ImmediateReportPolicy.AlreadyAcknowledged;
import org.bastion.reporting.ImmediateReportPolicy.Asker;
import org.bastion.reporting.ImmediateReportPolicy.Refusal;
import org.bastion.reporting.ImmediateReportPolicy.Report;
import org.bastion.security.Role;
import org.bastion.shared.JurisdictionPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who an immediate report waits for and who may acknowledge it, for every role. */
class ImmediateReportPolicyTest {

	static final JurisdictionPath COUNTY = JurisdictionPath.of("511528");

	static final JurisdictionPath TOWNSHIP = COUNTY.child("511528103");

	static final JurisdictionPath VILLAGE = TOWNSHIP.child("511528103201");

	static final JurisdictionPath OTHER_TOWNSHIP = COUNTY.child("511528100");

	static final Report OPEN = new Report(VILLAGE.child("51152810320101"), null, null);

	@Test
	void theTownshipAcknowledgesTheReportsOfItsTownship() {
		assertThat(ImmediateReportPolicy.acknowledge(new Asker(Role.TOWNSHIP_STAFF, TOWNSHIP), OPEN))
			.isEqualTo(new Acknowledge());
	}

	@Test
	void anotherTownshipMayNotAcknowledge() {
		assertThat(ImmediateReportPolicy.acknowledge(new Asker(Role.TOWNSHIP_STAFF, OTHER_TOWNSHIP), OPEN))
			.isEqualTo(new Refusal("error.outsideArea"));
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "SYSTEM_ADMIN", "HQ_STAFF" })
	void headquartersAcknowledgeEveryReportOfTheCounty(Role role) {
		assertThat(ImmediateReportPolicy.acknowledge(new Asker(role, COUNTY), OPEN)).isEqualTo(new Acknowledge());
		assertThat(ImmediateReportPolicy.acknowledge(new Asker(role, COUNTY), new Report(OTHER_TOWNSHIP, null, null)))
			.isEqualTo(new Acknowledge());
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "VILLAGE_CADRE", "GRID_WORKER", "CHECKPOINT_STAFF", "MEDICAL_STAFF", "LEADER" })
	void whoeverFilesOrOnlyReadsDoesNotAcknowledge(Role role) {
		assertThat(ImmediateReportPolicy.acknowledge(new Asker(role, COUNTY), OPEN))
			.isEqualTo(new Refusal("immediate.acknowledge.role"));
	}

	@Test
	void aSecondAcknowledgementNamesTheFirst() {
		Instant at = Instant.parse("2020-02-01T03:00:00Z");
		Report acknowledged = new Report(OPEN.path(), "demo-township", at);
		assertThat(ImmediateReportPolicy.acknowledge(new Asker(Role.HQ_STAFF, COUNTY), acknowledged))
			.isEqualTo(new AlreadyAcknowledged("demo-township", at));
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void openReportsWaitForTheTownshipHeadquartersAndLeadersOnly(Role role) {
		boolean watcher = role == Role.SYSTEM_ADMIN || role == Role.HQ_STAFF || role == Role.TOWNSHIP_STAFF
				|| role == Role.LEADER;
		assertThat(ImmediateReportPolicy.watches(role)).isEqualTo(watcher);
	}

	@Test
	void threeFeverAlertsInADayAreACluster() {
		assertThat(ImmediateReportPolicy.feverCluster(2)).isFalse();
		assertThat(ImmediateReportPolicy.feverCluster(3)).isTrue();
		assertThat(ImmediateReportPolicy.feverCluster(4)).isTrue();
	}
}
