package org.bastion.arrivals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bastion.people.FigureTree.count;
import static org.bastion.people.FigureTree.stored;
import static org.bastion.people.FigureTree.under;
import static org.bastion.people.FigureTree.window;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.FigureTree;
import org.bastion.people.NewPerson;
import org.bastion.people.OwnTree;
import org.bastion.security.SystemTask;
import org.bastion.shared.ReportFigureSource.PlaceCount;
import org.bastion.shared.ReportFigureSource.ReportWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The arrivals' report figures, counted from arrivals registered through the service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ArrivalFiguresTests {

	private static final String WUHAN = "420102";

	private static final String YICHANG = "420500";

	private static final String HEFEI = "340104";

	private static final String CHENGDU = "510100";

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

	/** The arrivals-so-far counts by place. */
	private static Map<String, Long> totals(List<PlaceCount> counts) {
		return counts.stream()
			.filter(c -> c.figure().equals(ArrivalFigures.TOTAL) && c.count() != 0)
			.collect(Collectors.toMap(PlaceCount::path, PlaceCount::count, Long::sum));
	}

	/** Registers an arrival of a new person living in {@code grid}; the instant it was stored with. */
	private Instant registered(String grid, String origin) {
		NewPerson person = NewPerson.resident(OwnTree.uniqueIdNumber(), ArrivalTestSupport.uniqueName("报"), null, grid);
		long id = SystemTask.call(() -> arrivals.register(new NewArrival(person, origin, null, day.minusDays(1), day,
				new Transport(TransportMode.TRAIN, null, "G1"), List.of(), List.of(), null, null, null, null, null, null)))
			.arrival()
			.arrival()
			.id();
		return stored(jdbc, "SELECT registered_at FROM arrival WHERE id = ?", id);
	}
}
