package org.bastion.pushedlists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bastion.people.FigureTree.count;
import static org.bastion.people.FigureTree.stored;
import static org.bastion.people.FigureTree.under;
import static org.bastion.people.FigureTree.window;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.FigureTree;
import org.bastion.people.OwnTree;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.security.SystemTask;
import org.bastion.shared.FieldClock;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.ReportFigureSource.PlaceCount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pushed lists' report figures, counted from lists imported and entries verified through the services. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PushedListFiguresTests {

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
	PushedListFigures figures;

	@Autowired
	ListEntryDatabase entryDatabase;

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
	void entriesVerifiedInTheWindowCountByCategoryAndTheRestAsUnverified() {
		List<Long> entries = imported(places.tree().county(), places.grid(), places.grid(), places.grid(),
				places.otherGrid());
		long outside = imported(places.elsewhere().county(), places.elsewhere().grid()).getFirst();
		Instant before = verified(entries.get(0), VerificationOutcome.ALREADY_KNOWN);
		Instant first = verified(entries.get(1), VerificationOutcome.NOT_LIVING_HERE);
		verified(entries.get(3), VerificationOutcome.WRONG_INFORMATION);
		Instant last = verified(outside, VerificationOutcome.ALREADY_KNOWN);

		List<PlaceCount> counts = figures.counts(window(clock.today(), first, last.plusSeconds(1)), places.scope());

		assertThat(before).isBefore(first);
		String grid = places.gridPath();
		assertThat(count(counts, grid, PushedListFigures.verified(VerificationOutcome.NOT_LIVING_HERE))).isEqualTo(1);
		assertThat(count(counts, grid, PushedListFigures.verified(VerificationOutcome.ALREADY_KNOWN))).isZero();
		assertThat(count(counts, grid, PushedListFigures.UNVERIFIED)).isEqualTo(1);
		String otherGrid = places.otherGridPath();
		assertThat(count(counts, otherGrid, PushedListFigures.verified(VerificationOutcome.WRONG_INFORMATION)))
			.isEqualTo(1);
		assertThat(count(counts, otherGrid, PushedListFigures.UNVERIFIED)).isZero();
		// The stranger no person was matched to waits at the list's area, the county.
		assertThat(count(counts, JurisdictionPath.of(places.tree().county()).value(), PushedListFigures.UNVERIFIED))
			.isEqualTo(1);
		assertThat(counts).allSatisfy(c -> assertThat(c.path()).startsWith("/" + places.tree().county() + "/"));
	}

	@Test
	void aVerificationAtTheWindowsStartCountsAndOneAtItsEndDoesNot() {
		List<Long> entries = imported(places.tree().county(), places.grid(), places.grid());
		Instant start = verified(entries.get(0), VerificationOutcome.ALREADY_KNOWN);
		Instant end = verified(entries.get(1), VerificationOutcome.ALREADY_KNOWN);

		List<PlaceCount> counts = figures.counts(window(clock.today(), start, end), places.scope());

		assertThat(under(counts, places.villagePath(), PushedListFigures.verified(VerificationOutcome.ALREADY_KNOWN)))
			.isEqualTo(1);
		// Verified at the end, so not yet at the end: still to verify.
		assertThat(under(counts, places.villagePath(), PushedListFigures.UNVERIFIED)).isEqualTo(1);
	}

	@Test
	void theUnverifiedCountedFromTheTalliesEqualARecountOfTheEntries() {
		List<Long> entries = imported(places.tree().county(), places.grid(), places.grid(), places.otherGrid());
		Instant first = verified(entries.get(0), VerificationOutcome.ALREADY_KNOWN);
		Instant second = verified(entries.get(2), VerificationOutcome.BEYOND_PERIOD);

		for (Instant end : List.of(first, second, second.plusSeconds(1))) {
			List<PlaceCount> counts = figures.counts(window(clock.today(), first.minusSeconds(60), end), places.scope());
			Map<String, Long> unverified = counts.stream()
				.filter(c -> c.figure().equals(PushedListFigures.UNVERIFIED))
				.collect(Collectors.toMap(PlaceCount::path, PlaceCount::count));
			Map<String, Long> recounted = jdbc
				.sql("SELECT jurisdiction_path, COUNT(*) AS n FROM list_entry WHERE jurisdiction_path LIKE ?"
						+ " AND (outcome IS NULL OR verified_at >= ?) GROUP BY jurisdiction_path")
				.params(places.scope(), end.atOffset(ZoneOffset.UTC))
				.query((rs, n) -> Map.entry(rs.getString("jurisdiction_path"), rs.getLong("n")))
				.list()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
			assertThat(unverified).as("unverified at %s", end).isEqualTo(recounted).isNotEmpty();
		}
	}

	/**
	 * The chart's month reads the places' kept counts of verifications: equal to a recount from the entries
	 * at every place of this test's tree and of the demo county, after verdicts and a correction of one (which
	 * moves it to its new category and hour), and after a village moves to another county with its entries,
	 * where an entry was verified since the move.
	 */
	@Test
	void theKeptCountsOfVerificationsEqualARecountAndMoveWithTheirPlace() {
		List<Long> entries = imported(places.tree().county(), places.grid(), places.grid(), places.otherGrid(),
				places.grid());
		verified(entries.get(0), VerificationOutcome.ALREADY_KNOWN);
		verified(entries.get(1), VerificationOutcome.NOT_LIVING_HERE);
		verified(entries.get(2), VerificationOutcome.WRONG_INFORMATION);
		verified(entries.get(1), VerificationOutcome.BEYOND_PERIOD);
		assertKeptCountsEqualRecounts();
		JurisdictionPath demoCounty = SystemTask.call(() -> jurisdictions.find("511528")).orElseThrow().path();
		assertThat(ListEntryDatabase.TALLY.kept(jdbc, demoCounty)).isEqualTo(entryDatabase.recount(demoCounty));
		Map<String, Long> byOutcome = new HashMap<>();
		ListEntryDatabase.TALLY.kept(jdbc, new JurisdictionPath(places.villagePath()))
			.forEach((key, n) -> byOutcome.merge(key.split("\\|")[1], n, Long::sum));
		assertThat(byOutcome).as("the corrected verdict counted once, in its new category")
			.isEqualTo(Map.of("ALREADY_KNOWN", 1L, "BEYOND_PERIOD", 1L));

		SystemTask.call(() -> jurisdictions.move(places.tree().village(), places.elsewhere().township()));
		verified(entries.get(3), VerificationOutcome.ALREADY_KNOWN);
		await().atMost(PATIENCE).until(() -> jdbc
			.sql("SELECT COUNT(*) FROM list_entry WHERE jurisdiction_path LIKE ?")
			.param(places.gridPath() + "%")
			.query(Long.class)
			.single() == 0);
		assertKeptCountsEqualRecounts();
		assertThat(ListEntryDatabase.TALLY.kept(jdbc, new JurisdictionPath(places.villagePath()))).isEmpty();
	}

	/** At every place of both trees, the moved village wherever it is now. */
	private void assertKeptCountsEqualRecounts() {
		for (JurisdictionPath place : places.recountedPlaces(jurisdictions)) {
			assertThat(ListEntryDatabase.TALLY.kept(jdbc, place)).as("kept at %s", place)
				.isEqualTo(entryDatabase.recount(place));
		}
	}

	/**
	 * A list for {@code county} naming a new resident of each grid given, and a stranger; once imported, the
	 * residents' entries in that order.
	 */
	private List<Long> imported(String county, String... grids) {
		StringBuilder csv = new StringBuilder("姓名,身份证号\n");
		List<PersonView> listed = new ArrayList<>();
		for (String grid : grids) {
			long id = FigureTree.resident(people, grid, "模块名单");
			PersonView person = SystemTask.call(() -> people.find(id));
			listed.add(person);
			csv.append(person.name()).append(',').append(person.idNumber()).append('\n');
		}
		csv.append("陌生人,").append(OwnTree.uniqueIdNumber()).append('\n');
		long list = SystemTask.call(() -> {
			var staged = lists.stage(new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "figures.csv");
			return lists.submit(staged, new PushedListRequest("模块报表名单", clock.today().plusDays(3), county, false), null);
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

	private Instant verified(long entryId, VerificationOutcome outcome) {
		VerificationRoute route = outcome.found() ? VerificationRoute.NO_RISK_AREA : null;
		SystemTask.run(() -> verifications.verify(entryId, new Verification(outcome, "模块核查", route, null)));
		return stored(jdbc, "SELECT verified_at FROM list_entry WHERE id = ?", entryId);
	}
}
