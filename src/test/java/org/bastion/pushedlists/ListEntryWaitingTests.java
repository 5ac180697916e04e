package org.bastion.pushedlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.FigureTree;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.security.SystemTask;
import org.bastion.shared.FieldClock;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.Viewer;
import org.bastion.shared.WorkWaiting.Shown;
import org.bastion.shared.WorkWaiting.Tone;
import org.bastion.shared.WorkWaiting.Waiting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pushed-list entries as waiting work, over a list imported and entries verified through the services: the
 * grid worker counts their grid's open entries with the overdue one first, the township its overdue ones;
 * another county's entries count for nobody here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListEntryWaitingTests {

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	People people;

	@Autowired
	PushedLists lists;

	@Autowired
	Verifications verifications;

	@Autowired
	ListEntryWaiting waiting;

	@Autowired
	FieldClock clock;

	@Autowired
	JdbcClient jdbc;

	FigureTree places;

	@BeforeEach
	void places() {
		places = FigureTree.create(jurisdictions);
	}

	@Test
	void theGridCountsItsOpenEntriesOverdueFirstAndTheTownshipItsOverdue() {
		List<Long> entries = imported(places.tree().county(), places.grid(), places.grid(), places.otherGrid());
		long late = imported(places.tree().county(), places.grid()).getFirst();
		imported(places.elsewhere().county(), places.elsewhere().grid());
		SystemTask.run(() -> verifications.verify(entries.get(0),
				new Verification(VerificationOutcome.NOT_LIVING_HERE, "待办核查", null, null)));
		// The second list's deadline has passed (set back here: a list cannot be sent with a past one); its
		// entries carry their list's deadline, as the import copies it.
		long lateList = jdbc.sql("SELECT list_id FROM list_entry WHERE id = ?").param(late).query(Long.class).single();
		jdbc.sql("UPDATE pushed_list SET deadline = ? WHERE id = ?").params(clock.today().minusDays(1), lateList).update();
		jdbc.sql("UPDATE list_entry SET deadline = ? WHERE list_id = ?").params(clock.today().minusDays(1), lateList)
			.update();

		Waiting grid = only(waiting.waiting(viewer("GRID_WORKER", places.tree().gridPath()), Shown.ON_HOME));
		assertThat(grid.id()).isEqualTo("list-entries");
		assertThat(grid.count()).isEqualTo(2);
		assertThat(grid.tone()).as("red while one is overdue").isEqualTo(Tone.URGENT);
		assertThat(grid.items()).extracting(item -> item.href())
			.containsExactly("/verification/" + late, "/verification/" + entries.get(1));
		assertThat(grid.items().getFirst().messageKey()).isEqualTo("verification.waiting.overdueItem");

		Waiting beside = only(waiting.waiting(viewer("GRID_WORKER", JurisdictionPath.of(places.tree().county(),
				places.tree().township(), places.otherVillage(), places.otherGrid())), Shown.ON_HOME));
		assertThat(beside.count()).isEqualTo(1);
		assertThat(beside.tone()).isEqualTo(Tone.DUE);

		JurisdictionPath township = JurisdictionPath.of(places.tree().county(), places.tree().township());
		Waiting overdue = only(waiting.waiting(viewer("TOWNSHIP_STAFF", township), Shown.ON_HOME));
		assertThat(overdue.id()).isEqualTo("list-entries-overdue");
		assertThat(overdue.count()).isEqualTo(1);
		assertThat(overdue.items()).extracting(item -> item.href()).containsExactly("/verification/" + late);

		assertThat(waiting.waiting(viewer("TOWNSHIP_STAFF", places.elsewhere().villagePath()), Shown.ON_HOME))
			.as("the other county's entry is not overdue").isEmpty();
		assertThat(only(waiting.waiting(viewer("GRID_WORKER", places.elsewhere().gridPath()), Shown.ON_HOME)).count()).isEqualTo(1);
		assertThat(waiting.waiting(viewer("MEDICAL_STAFF", township), Shown.ON_HOME)).isEmpty();

		SystemTask.run(() -> verifications.verify(late,
				new Verification(VerificationOutcome.ALREADY_KNOWN, "待办核查", VerificationRoute.NO_RISK_AREA, null)));
		assertThat(waiting.waiting(viewer("TOWNSHIP_STAFF", township), Shown.ON_HOME)).isEmpty();
		assertThat(only(waiting.waiting(viewer("GRID_WORKER", places.tree().gridPath()), Shown.ON_HOME)).tone()).isEqualTo(Tone.DUE);
	}

	private static Viewer viewer(String role, JurisdictionPath scope) {
		return new Viewer(0, "test-" + role, role, scope, false, false);
	}

	private static Waiting only(List<Waiting> answered) {
		assertThat(answered).hasSize(1);
		return answered.getFirst();
	}

	/** A list for {@code county} naming a new resident of each grid given; once imported, their entries in that order. */
	private List<Long> imported(String county, String... grids) {
		StringBuilder csv = new StringBuilder("姓名,身份证号\n");
		List<PersonView> listed = new ArrayList<>();
		for (String grid : grids) {
			long id = FigureTree.resident(people, grid, "待办名单");
			PersonView person = SystemTask.call(() -> people.find(id));
			listed.add(person);
			csv.append(person.name()).append(',').append(person.idNumber()).append('\n');
		}
		long list = SystemTask.call(() -> {
			var staged = lists.stage(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "waiting.csv");
			return lists.submit(staged, new PushedListRequest("待办名单", clock.today().plusDays(3), county, false), null);
		}).id();
		await("the list imported").atMost(PATIENCE)
			.until(() -> SystemTask.call(() -> lists.find(list)).status() == PushedListStatus.DONE);
		Map<Long, Long> entryOfPerson = SystemTask.call(() -> lists.entries(list, null, 100))
			.items()
			.stream()
			.filter(entry -> entry.personId() != null)
			.collect(Collectors.toMap(ListEntryView::personId, ListEntryView::id));
		return listed.stream().map(PersonView::id).map(entryOfPerson::get).toList();
	}
}
