package org.bastion.arrivals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bastion.people.FigureTree.count;
import static org.bastion.people.FigureTree.stored;
import static org.bastion.people.FigureTree.under;
import static org.bastion.people.FigureTree.window;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.FigureTree;
import org.bastion.people.NewPerson;
import org.bastion.people.OwnTree;
import org.bastion.security.SystemTask;
import org.bastion.shared.FieldClock;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.SubtreeTally;
import org.bastion.shared.ReportFigureSource.PlaceCount;
import org.bastion.shared.ReportFigureSource.ReportWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The arrivals' report figures, counted from arrivals registered through the service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArrivalFiguresTests {

	private static final String WUHAN = "420102";

	private static final String YICHANG = "420500";

	private static final String HEFEI = "340104";

	private static final String CHENGDU = "510100";

	/** Harbin, which only {@link #theKeptCountsOfOriginsEqualARecountAfterReassessmentsAndMoves} designates. */
	private static final String HARBIN = "230100";

	private static final String HARBIN_DISTRICT = "230102";

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Arrivals arrivals;

	@Autowired
	RiskAreas riskAreas;

	@Autowired
	ArrivalFigures figures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FieldClock clock;

	FigureTree places;

	LocalDate day;

	@BeforeEach
	void placesAndARiskArea() {
		places = FigureTree.create(jurisdictions);
		day = ArrivalTestSupport.quietDay();
		// Hefei is a medium-risk area on the day the arrivals came: the level makes it a risk area's arrival.
		SystemTask.call(() -> riskAreas.designate(new RiskAreaRequest("340100", RiskLevel.MEDIUM, day, day)));
	}

	@Test
	void arrivalsCountByOriginInTheWindowTheyWereRegisteredIn() {
		Instant before = registered(places.grid(), WUHAN);
		Instant first = registered(places.grid(), WUHAN);
		registered(places.grid(), YICHANG);
		registered(places.grid(), HEFEI);
		registered(places.otherGrid(), CHENGDU);
		Instant last = registered(places.elsewhere().grid(), WUHAN);

		List<PlaceCount> counts = figures.counts(window(day, first, last.plusSeconds(1)), places.scope());

		assertThat(before).isBefore(first);
		assertThat(count(counts, places.gridPath(), ArrivalFigures.FROM_WUHAN)).isEqualTo(1);
		assertThat(count(counts, places.gridPath(), ArrivalFigures.FROM_HUBEI)).isEqualTo(1);
		assertThat(count(counts, places.gridPath(), ArrivalFigures.FROM_RISK_AREAS)).isEqualTo(1);
		assertThat(count(counts, places.gridPath(), ArrivalFigures.FROM_ELSEWHERE)).isZero();
		assertThat(count(counts, places.otherGridPath(), ArrivalFigures.FROM_ELSEWHERE)).isEqualTo(1);
		assertThat(count(counts, places.otherGridPath(), ArrivalFigures.FROM_WUHAN)).isZero();
		assertThat(count(counts, places.gridPath(), ArrivalFigures.TOTAL)).isEqualTo(4);
		assertThat(count(counts, places.otherGridPath(), ArrivalFigures.TOTAL)).isEqualTo(1);
		assertThat(under(counts, "/" + places.elsewhere().county() + "/", ArrivalFigures.FROM_WUHAN)).isZero();
		assertThat(counts).allSatisfy(c -> assertThat(c.path()).startsWith("/" + places.tree().county() + "/"));
	}

	@Test
	void anArrivalAtTheWindowsStartCountsAndOneAtItsEndDoesNot() {
		Instant start = registered(places.grid(), WUHAN);
		Instant end = registered(places.grid(), WUHAN);

		List<PlaceCount> counts = figures.counts(window(day, start, end), places.scope());

		assertThat(count(counts, places.gridPath(), ArrivalFigures.FROM_WUHAN)).isEqualTo(1);
		assertThat(count(counts, places.gridPath(), ArrivalFigures.TOTAL)).isEqualTo(1);
	}

	/**
	 * "Arrivals so far" reads the places' kept counts: equal to a recount from the arrivals, for the demo
	 * county's month and this test's places, today and a week back, and after a village moves township
	 * with its arrivals.
	 */
	@Test
	void theKeptCountsOfArrivalsSoFarEqualARecountAndMoveWithTheirPlace() {
		registered(places.grid(), WUHAN);
		registered(places.otherGrid(), CHENGDU);
		Instant now = registered(places.grid(), HEFEI).plusSeconds(1);
		String demoCounty = SystemTask.call(() -> jurisdictions.find("511528")).orElseThrow().path().likePattern();
		for (String scope : List.of(places.scope(), demoCounty)) {
			for (Instant end : List.of(now, now.minus(java.time.Duration.ofDays(7)))) {
				ReportWindow window = window(day, end.minus(java.time.Duration.ofDays(1)), end);
				assertThat(totals(figures.counts(window, scope))).as("%s to %s", scope, end)
					.isEqualTo(totals(figures.recount(window, scope)));
			}
		}
		ReportWindow window = window(day, now.minus(java.time.Duration.ofDays(1)), now);
		assertThat(count(figures.counts(window, places.scope()), places.gridPath(), ArrivalFigures.TOTAL)).isEqualTo(2);

		String village = places.tree().village();
		SystemTask.call(() -> jurisdictions.move(village, places.elsewhere().township()));
		String moved = SystemTask.call(() -> jurisdictions.find(places.grid())).orElseThrow().path().value();
		String elsewhere = "/" + places.elsewhere().county() + "/%";
		await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
				count(figures.counts(window, elsewhere), moved, ArrivalFigures.TOTAL)).isEqualTo(2));
		assertThat(totals(figures.counts(window, elsewhere))).isEqualTo(totals(figures.recount(window, elsewhere)));
		assertThat(totals(figures.counts(window, places.scope()))).isEqualTo(totals(figures.recount(window, places.scope())));
	}

	/**
	 * The chart's month reads the places' kept counts of arrivals by origin: equal to a recount from the
	 * arrivals, and to what the migration's backfill counts, at every place of this test's tree and of the
	 * demo county, after registrations, after HQ moves a risk area to another day (its first day's arrivals
	 * leave the risk areas for elsewhere, the other day's join them), and after a village moves to another
	 * county with its arrivals, where an arrival was registered since the move and the area moved again.
	 */
	@Test
	void theKeptCountsOfOriginsEqualARecountAfterReassessmentsAndMoves() {
		LocalDate first = clock.today().minusDays(5);
		LocalDate second = first.minusDays(1);
		// A run that stopped half-way (the database may be kept between runs) left its designation behind.
		LocalDate past = LocalDate.of(2014, 1, 1);
		for (RiskArea left : SystemTask.call(() -> riskAreas.list())) {
			if (left.divisionCode().equals(HARBIN) && !left.from().equals(past)) {
				SystemTask.call(() -> riskAreas.change(left.id(), new RiskAreaRequest(HARBIN, RiskLevel.HIGH, past, past)));
			}
		}
		long area = SystemTask.call(() -> riskAreas.designate(new RiskAreaRequest(HARBIN, RiskLevel.HIGH, first, first)))
			.area()
			.id();
		registered(places.grid(), HARBIN_DISTRICT, first);
		registered(places.grid(), HARBIN_DISTRICT, first);
		registered(places.grid(), HARBIN_DISTRICT, second);
		registered(places.grid(), WUHAN, first);
		registered(places.grid(), YICHANG, second);
		registered(places.otherGrid(), HARBIN_DISTRICT, second);
		Instant last = registered(places.elsewhere().grid(), HARBIN_DISTRICT, first);
		assertKeptCountsEqualRecounts();
		JurisdictionPath grid = new JurisdictionPath(places.gridPath());
		assertThat(byClass(grid)).isEqualTo(Map.of("RISK_AREA", 2L, "ELSEWHERE", 1L, "WUHAN", 1L, "HUBEI", 1L));

		SystemTask.call(() -> riskAreas.change(area, new RiskAreaRequest(HARBIN, RiskLevel.HIGH, second, second)));
		assertKeptCountsEqualRecounts();
		assertThat(byClass(grid)).as("the first day's two left, the second day's one joined")
			.isEqualTo(Map.of("RISK_AREA", 1L, "ELSEWHERE", 2L, "WUHAN", 1L, "HUBEI", 1L));
		assertThat(byClass(JurisdictionPath.of(places.tree().county(), places.tree().township())))
			.isEqualTo(Map.of("RISK_AREA", 2L, "ELSEWHERE", 2L, "WUHAN", 1L, "HUBEI", 1L));
		// A day's window on whole hours, read from the kept counts, and the same day's counts from the arrivals.
		Instant to = last.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
		ReportWindow hours = window(clock.today(), to.minus(Duration.ofDays(1)), to);
		Map<String, Long> expected = Map.of(ArrivalFigures.FROM_WUHAN, 1L, ArrivalFigures.FROM_HUBEI, 1L,
				ArrivalFigures.FROM_RISK_AREAS, 2L, ArrivalFigures.FROM_ELSEWHERE, 2L, ArrivalFigures.TOTAL, 6L);
		assertThat(figures.totals(List.of(hours), places.scope()).getFirst()).isEqualTo(expected);
		assertThat(figures.counts(hours, places.scope()).stream()
			.collect(Collectors.toMap(PlaceCount::figure, PlaceCount::count, Long::sum))).isEqualTo(expected);

		SystemTask.call(() -> jurisdictions.move(places.tree().village(), places.elsewhere().township()));
		registered(places.grid(), HARBIN_DISTRICT, second);
		await().atMost(Duration.ofSeconds(60)).until(() -> jdbc
			.sql("SELECT COUNT(*) FROM arrival WHERE jurisdiction_path LIKE ?")
			.param(places.gridPath() + "%")
			.query(Long.class)
			.single() == 0);
		assertKeptCountsEqualRecounts();
		// The arrivals so far moved too, added to the one registered where they went.
		String elsewhere = "/" + places.elsewhere().county() + "/%";
		ReportWindow now = window(clock.today(), to.minus(Duration.ofDays(1)), to.plus(Duration.ofHours(1)));
		assertThat(totals(figures.counts(now, elsewhere))).isEqualTo(totals(figures.recount(now, elsewhere)));
		assertThat(under(figures.counts(now, elsewhere), "/" + places.elsewhere().county() + "/", ArrivalFigures.TOTAL))
			.isEqualTo(7);
		JurisdictionPath moved = SystemTask.call(() -> jurisdictions.find(places.grid())).orElseThrow().path();
		assertThat(byClass(moved)).isEqualTo(Map.of("RISK_AREA", 2L, "ELSEWHERE", 2L, "WUHAN", 1L, "HUBEI", 1L));
		assertThat(ArrivalDatabase.TALLY.kept(jdbc, grid)).isEmpty();

		// Out of every test's days: the arrivals of the second day leave the risk areas where they are now.
		SystemTask.call(() -> riskAreas.change(area, new RiskAreaRequest(HARBIN, RiskLevel.HIGH, past, past)));
		assertKeptCountsEqualRecounts();
		assertThat(byClass(moved)).isEqualTo(Map.of("ELSEWHERE", 4L, "WUHAN", 1L, "HUBEI", 1L));
	}

	/**
	 * The class rule is written once ({@link ArrivalFigures.Origin}) and read twice, as SQL by the statements
	 * and in Java by the tally's writes: both class every origin and level alike, unknown origins included.
	 */
	@Test
	void theStatementsAndTheTallysWritesClassOriginsAlike() {
		List<String> origins = new ArrayList<>(List.of("", "4201", "420102", "420100", "4202", "420500", "42", "4",
				"110105", "510100", "342010", "x4201", "230102"));
		origins.add(null);
		for (String origin : origins) {
			for (RiskLevel level : RiskLevel.values()) {
				String classed = jdbc.sql("SELECT " + ArrivalFigures.Origin.SQL
						+ " FROM (SELECT CAST(:code AS VARCHAR(12)) AS origin_code, CAST(:level AS VARCHAR(8)) AS risk_level) asked")
					.param("code", origin, Types.VARCHAR)
					.param("level", level.name())
					.query(String.class)
					.single();
				assertThat(classed).as("%s at %s", origin, level).isEqualTo(ArrivalFigures.Origin.of(origin, level).name());
			}
		}
		assertThat(ArrivalFigures.Origin.of("420102", RiskLevel.NONE)).isEqualTo(ArrivalFigures.Origin.WUHAN);
		assertThat(ArrivalFigures.Origin.of("420500", RiskLevel.HIGH)).isEqualTo(ArrivalFigures.Origin.HUBEI);
		assertThat(ArrivalFigures.Origin.of("230102", RiskLevel.MEDIUM)).isEqualTo(ArrivalFigures.Origin.RISK_AREA);
		assertThat(ArrivalFigures.Origin.of(null, RiskLevel.LOW)).isEqualTo(ArrivalFigures.Origin.ELSEWHERE);
	}

	/**
	 * Counts gathered over many records are written a few hundred rows a statement: 1,200 changes under three
	 * levels of places, some cancelling out, leave every place holding what they add up to.
	 */
	@Test
	void manyChangesAddUpAtEveryPlaceInAFewStatements() {
		String root = "T" + ThreadLocalRandom.current().nextLong(1L << 40);
		SubtreeTally.Changes changes = ArrivalDatabase.TALLY.changes();
		Map<JurisdictionPath, Map<String, Long>> expected = new HashMap<>();
		for (int i = 0; i < 1_200; i++) {
			JurisdictionPath path = JurisdictionPath.of(root, "V" + i % 40, "G" + i % 3);
			long delta = i % 7 == 0 ? -1 : 1 + i % 3;
			String origin = ArrivalFigures.Origin.values()[i % 4].name();
			long hour = 480_000 + i % 50;
			changes.add(path, delta, origin, hour);
			for (JurisdictionPath place : List.of(JurisdictionPath.of(root), JurisdictionPath.of(root, "V" + i % 40), path)) {
				expected.computeIfAbsent(place, p -> new HashMap<>()).merge(origin + "|" + hour, delta, Long::sum);
			}
		}
		// An addition and its undoing, which write nothing.
		changes.add(JurisdictionPath.of(root, "V0", "G9"), 1, "WUHAN", 1L);
		changes.add(JurisdictionPath.of(root, "V0", "G9"), -1, "WUHAN", 1L);
		try {
			int statements = changes.apply(jdbc);

			assertThat(statements).as("two per 500 rows").isBetween(2, 4);
			expected.forEach((place, counts) -> {
				counts.values().removeIf(n -> n == 0);
				assertThat(ArrivalDatabase.TALLY.kept(jdbc, place)).as("kept at %s", place).isEqualTo(counts);
			});
			assertThat(ArrivalDatabase.TALLY.kept(jdbc, JurisdictionPath.of(root, "V0", "G9"))).isEmpty();
			assertThat(changes.apply(jdbc)).as("applied once").isZero();
		}
		finally {
			jdbc.sql("DELETE FROM arrival_origin_tally WHERE jurisdiction_path LIKE ?").param("/" + root + "/%").update();
		}
	}

	/** At every place of both trees, the moved village wherever it is now, and in the demo county. */
	private void assertKeptCountsEqualRecounts() {
		List<JurisdictionPath> at = new ArrayList<>(places.recountedPlaces(jurisdictions));
		at.add(SystemTask.call(() -> jurisdictions.find(ArrivalTestSupport.COUNTY)).orElseThrow().path());
		Map<JurisdictionPath, Map<String, Long>> backfilled = backfill();
		for (JurisdictionPath place : at) {
			Map<String, Long> kept = ArrivalDatabase.TALLY.kept(jdbc, place);
			assertThat(kept).as("kept at %s", place).isEqualTo(figures.recountOrigins(place));
			assertThat(kept).as("kept at %s, as the migration counts it", place)
				.isEqualTo(backfilled.getOrDefault(place, Map.of()));
		}
	}

	/** What the migration's backfill counts today, by place and the keys {@link SubtreeTally#kept} reads. */
	private Map<JurisdictionPath, Map<String, Long>> backfill() {
		String migration;
		try {
			// By its name, whatever its number.
			Resource[] found = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:db/migration/common/V*__arrival_origin_tally.sql");
			assertThat(found).hasSize(1);
			try (InputStream in = found[0].getInputStream()) {
				migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		String query = migration.substring(migration.indexOf("WITH RECURSIVE"), migration.lastIndexOf(';'));
		Map<JurisdictionPath, Map<String, Long>> counted = new HashMap<>();
		jdbc.sql(query).query(rs -> {
			if (rs.getLong(4) != 0) {
				counted.computeIfAbsent(new JurisdictionPath(rs.getString(1)), p -> new HashMap<>())
					.put(rs.getString(2) + "|" + rs.getString(3), rs.getLong(4));
			}
		});
		return counted;
	}

	/** The kept counts at a place by origin class, over all hours. */
	private Map<String, Long> byClass(JurisdictionPath place) {
		Map<String, Long> classes = new HashMap<>();
		ArrivalDatabase.TALLY.kept(jdbc, place)
			.forEach((key, n) -> classes.merge(key.substring(0, key.indexOf('|')), n, Long::sum));
		classes.values().removeIf(n -> n == 0);
		return classes;
	}

	/** The arrivals-so-far counts by place. */
	private static Map<String, Long> totals(List<PlaceCount> counts) {
		return counts.stream()
			.filter(c -> c.figure().equals(ArrivalFigures.TOTAL) && c.count() != 0)
			.collect(Collectors.toMap(PlaceCount::path, PlaceCount::count, Long::sum));
	}

	/** Registers an arrival of a new person living in {@code grid}; the instant it was stored with. */
	private Instant registered(String grid, String origin) {
		return registered(grid, origin, day);
	}

	/** Registers an arrival on {@code arrived} of a new person living in {@code grid}; the instant it was stored with. */
	private Instant registered(String grid, String origin, LocalDate arrived) {
		NewPerson person = NewPerson.resident(OwnTree.uniqueIdNumber(), ArrivalTestSupport.uniqueName("报"), null, grid);
		long id = SystemTask.call(() -> arrivals.register(new NewArrival(person, origin, null, arrived.minusDays(1), arrived,
				new Transport(TransportMode.TRAIN, null, "G1"), List.of(), List.of(), null, null, null, null, null, null)))
			.arrival()
			.arrival()
			.id();
		return stored(jdbc, "SELECT registered_at FROM arrival WHERE id = ?", id);
	}
}
