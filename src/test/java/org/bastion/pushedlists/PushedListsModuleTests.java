package org.bastion.pushedlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import org.bastion.arrivals.ArrivalHandOvers;
import org.bastion.arrivals.ArrivalVisits;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.OwnTree;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.security.SystemTask;
import org.bastion.shared.FieldClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * What a pushed list tells the others: that it was imported and dispatched, and each entry's
 * verification. No module listens yet (observation and reporting will), so these tests show the
 * events and their fields. The import runs on its own thread: the scenario waits for its event.
 */
// Security implements the viewer port every service asks; this module's code names no security type.
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "security")
// The readiness group names the web module's database-write check, which this bootstrap leaves out.
@TestPropertySource(properties = "management.endpoint.health.validate-group-membership=false")
class PushedListsModuleTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	// Arrivals, bootstrapped for the entries' arrivals, asks rounds for visits through this port.
	@MockitoBean
	ArrivalHandOvers handOvers;

	@MockitoBean
	ArrivalVisits visits;

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	People people;

	@Autowired
	FieldClock clock;

	@Autowired
	PushedLists lists;

	@Autowired
	Verifications verifications;

	OwnTree tree;

	PersonView listed;

	@BeforeEach
	void aPersonOfItsOwnTree() {
		tree = OwnTree.create(jurisdictions);
		long id = tree.resident(people, "模块名单");
		listed = SystemTask.call(() -> people.find(id));
	}

	@Test
	void anImportedListIsPublishedWithItsCounts(Scenario scenario) {
		LocalDate deadline = clock.today().plusDays(3);

		scenario.stimulate(() -> upload(deadline))
			.customize(wait -> wait.atMost(PATIENCE))
			.andWaitForEventOfType(PushedListImported.class)
			.matching(imported -> imported.jurisdictionCode().equals(tree.county()))
			.toArriveAndVerify((imported, list) -> {
				assertThat(imported.listId()).isEqualTo(list.id());
				assertThat(imported.name()).isEqualTo("模块测试名单");
				assertThat(imported.deadline()).isEqualTo(deadline);
				assertThat(imported.rows()).isEqualTo(2);
				assertThat(imported.accepted()).isEqualTo(2);
				assertThat(imported.rejected()).isZero();
				assertThat(imported.matched()).isEqualTo(1);
			});
	}

	@Test
	void aVerifiedEntryIsPublishedWithItsOutcomeAndRoute(Scenario scenario) {
		long list = upload(clock.today().plusDays(3)).id();
		await("the list imported").atMost(PATIENCE)
			.until(() -> SystemTask.call(() -> lists.find(list)).status() == PushedListStatus.DONE);
		ListEntryView entry = SystemTask.call(() -> lists.entries(list, null, 10)).items().stream()
			.filter(e -> listed.id() == (e.personId() == null ? -1 : e.personId()))
			.findFirst()
			.orElseThrow();

		scenario.stimulate(() -> SystemTask.call(() -> verifications.verify(entry.id(),
				new Verification(VerificationOutcome.ALREADY_KNOWN, "已在村", VerificationRoute.PASSED_THROUGH_RISK_AREA, null))))
			.customize(wait -> wait.atMost(PATIENCE))
			.andWaitForEventOfType(ListEntryVerified.class)
			.matching(verified -> verified.entryId() == entry.id())
			.toArriveAndVerify(verified -> {
				assertThat(verified.listId()).isEqualTo(list);
				assertThat(verified.personId()).isEqualTo(listed.id());
				assertThat(verified.outcome()).isEqualTo(VerificationOutcome.ALREADY_KNOWN);
				assertThat(verified.route()).isEqualTo(VerificationRoute.PASSED_THROUGH_RISK_AREA);
				assertThat(verified.jurisdictionCode()).isEqualTo(tree.grid());
				assertThat(verified.jurisdictionPath()).isEqualTo(tree.gridPath().value());
				assertThat(verified.verifiedAt()).isNotNull();
			});
	}

	/** A list for the tree's county: the tree's resident, matched by ID number, and a stranger. */
	private PushedListView upload(LocalDate deadline) {
		String csv = "姓名,身份证号\n%s,%s\n陌生人,%s\n".formatted(listed.name(), listed.idNumber(), OwnTree.uniqueIdNumber());
		return SystemTask.call(() -> {
			var staged = lists.stage(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "module.csv");
			return lists.submit(staged, new PushedListRequest("模块测试名单", deadline, tree.county(), false), null);
		});
	}
}
