package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.bastion.people.FigureTree.stored;
import static org.bastion.people.FigureTree.under;
import static org.bastion.people.FigureTree.window;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bastion.isolation.IsolationTestSites;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.observation.Alerts.AlertClosing;
import org.bastion.observation.AlertView.AlertAction;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ObservationView.ObservationReason;
import org.bastion.observation.Releases.ReleaseRequest;
import org.bastion.people.FigureTree;
import org.bastion.people.People;
import org.bastion.security.SystemTask;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.ReportFigureSource.PlaceCount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The observation figures of the daily report, counted from orders, readings and alerts made through the services. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ObservationFiguresTests {

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	People people;

	@Autowired
	Observations observations;

	@Autowired
	Releases releases;

	@Autowired
	HealthChecks checks;

	@Autowired
	Alerts alerts;

	@Autowired
	ApplicationContext context;

	@Autowired
	ObservationFigures figures;

	@Autowired
	JdbcClient jdbc;

	FigureTree places;

	LocalDate today;

	@BeforeEach
	void places() {
		places = FigureTree.create(jurisdictions);
		today = observations.today();
	}

	@Test
	void ordersCountAsNewCurrentAndReleasedAndAlertsAsFeversAndReferrals() {
		long released = order(places.grid(), ObservationKind.HOME, null);
		Instant before = createdAt(released);
		long home = order(places.grid(), ObservationKind.HOME, null);
		Instant first = createdAt(home);
		order(places.grid(), ObservationKind.SITE, IsolationTestSites.site(context, places.tree().village()));
		order(places.otherGrid(), ObservationKind.HOME, null);
		// A release needs a normal last check.
		SystemTask.call(() -> checks.record(released,
				new NewCheck(null, today.minusDays(1), 1, new BigDecimal("36.5"), List.of())));
		SystemTask.run(() -> releases.release(released, new ReleaseRequest(today, "提前解除")));
		long alert = fever(home);
		SystemTask.run(() -> alerts.close(alert, new AlertClosing(AlertAction.REFERRED_TO_FEVER_CLINIC, "送发热门诊")));
		fever(order(places.otherGrid(), ObservationKind.HOME, null));
		long outside = order(places.elsewhere().grid(), ObservationKind.HOME, null);
		fever(outside);
		Instant last = createdAt(outside);

		List<PlaceCount> counts = figures.counts(window(today, first, last.plusSeconds(1)), places.scope());

		assertThat(before).isBefore(first);
		String village = places.villagePath();
		assertThat(under(counts, village, ObservationFigures.HOME_NEW)).isEqualTo(1);
		assertThat(under(counts, village, ObservationFigures.HOME_CURRENT)).isEqualTo(1);
		assertThat(under(counts, village, ObservationFigures.HOME_RELEASED)).isEqualTo(1);
		assertThat(under(counts, village, ObservationFigures.SITE_NEW)).isEqualTo(1);
		assertThat(under(counts, village, ObservationFigures.SITE_CURRENT)).isEqualTo(1);
		assertThat(under(counts, village, ObservationFigures.SITE_RELEASED)).isZero();
		assertThat(under(counts, village, ObservationFigures.FEVERS)).isEqualTo(1);
		assertThat(under(counts, village, ObservationFigures.REFERRALS)).isEqualTo(1);
		assertThat(under(counts, village, ObservationFigures.ALERTS_OPEN)).as("closed by the referral").isZero();
		String other = places.otherVillagePath();
		assertThat(under(counts, other, ObservationFigures.HOME_NEW)).isEqualTo(2);
		assertThat(under(counts, other, ObservationFigures.HOME_CURRENT)).isEqualTo(2);
		assertThat(under(counts, other, ObservationFigures.FEVERS)).isEqualTo(1);
		assertThat(under(counts, other, ObservationFigures.REFERRALS)).isZero();
		assertThat(under(counts, other, ObservationFigures.ALERTS_OPEN)).isEqualTo(1);
		assertThat(counts).allSatisfy(c -> assertThat(c.path()).startsWith("/" + places.tree().county() + "/"));
	}

	@Test
	void anOrderMadeAtTheWindowsStartCountsAndOneMadeAtItsEndDoesNot() {
		Instant start = createdAt(order(places.grid(), ObservationKind.HOME, null));
		Instant end = createdAt(order(places.grid(), ObservationKind.HOME, null));

		List<PlaceCount> counts = figures.counts(window(today, start, end), places.scope());

		assertThat(under(counts, places.villagePath(), ObservationFigures.HOME_NEW)).isEqualTo(1);
		assertThat(under(counts, places.villagePath(), ObservationFigures.HOME_CURRENT)).isEqualTo(1);
	}

	@Test
	void aCheckMissedCountsOnTheReportOfItsSlotsDate() {
		LocalDate yesterday = today.minusDays(1);
		long order = order(places.grid(), ObservationKind.HOME, null);
		order(places.otherGrid(), ObservationKind.HOME, null);
		order(places.elsewhere().grid(), ObservationKind.HOME, null);
		SystemTask.call(() -> checks.record(order, new NewCheck(null, yesterday, 1, new BigDecimal("36.6"), List.of())));
		Instant made = createdAt(order);

		List<PlaceCount> counts = figures.counts(window(yesterday, made.minusSeconds(86_400), made.minusSeconds(60)),
				places.scope());

		int checksPerDay = observations.settings().checksPerDay();
		assertThat(under(counts, places.villagePath(), ObservationFigures.CHECKS_MISSED)).isEqualTo(checksPerDay - 1);
		assertThat(under(counts, places.otherVillagePath(), ObservationFigures.CHECKS_MISSED)).isEqualTo(checksPerDay);
		assertThat(counts).allSatisfy(c -> assertThat(c.path()).startsWith("/" + places.tree().county() + "/"));
	}

	/**
	 * The chart's month reads the places' kept counts of orders: equal to a recount from the orders at every
	 * place of this test's tree and of the demo county (whose month was made back-dated), after orders made,
	 * released on the day they were made and on the day before it (back-dated), and after a village moves
	 * to another county with its orders, where orders were made since the move.
	 */
	@Test
	void theKeptCountsOfOrdersEqualARecountAndMoveWithTheirPlace() {
		long released = order(places.grid(), ObservationKind.HOME, null);
		long backdated = order(places.grid(), ObservationKind.HOME, null);
		order(places.grid(), ObservationKind.SITE, IsolationTestSites.site(context, places.tree().village()));
		order(places.otherGrid(), ObservationKind.HOME, null);
		for (long id : List.of(released, backdated)) {
			SystemTask.call(() -> checks.record(id, new NewCheck(null, today.minusDays(1), 1, new BigDecimal("36.5"), List.of())));
		}
		SystemTask.run(() -> releases.release(released, new ReleaseRequest(today, "提前解除")));
		SystemTask.run(() -> releases.release(backdated, new ReleaseRequest(today.minusDays(1), "补录解除")));
		order(places.elsewhere().grid(), ObservationKind.HOME, null);
		assertKeptCountsEqualRecounts();
		String demoCounty = SystemTask.call(() -> jurisdictions.find("511528")).orElseThrow().path().value();
		assertKeptEqualsRecount(new JurisdictionPath(demoCounty));

		String village = places.tree().village();
		SystemTask.call(() -> jurisdictions.move(village, places.elsewhere().township()));
		order(places.grid(), ObservationKind.HOME, null);
		JurisdictionPath moved = SystemTask.call(() -> jurisdictions.find(places.grid())).orElseThrow().path();
		await().atMost(Duration.ofSeconds(60)).until(() -> jdbc
			.sql("SELECT COUNT(*) FROM observation WHERE jurisdiction_path LIKE ?")
			.param(places.gridPath() + "%")
			.query(Long.class)
			.single() == 0);
		assertKeptCountsEqualRecounts();
		assertKeptEqualsRecount(moved);
		assertThat(ObservationDatabase.TALLY.kept(jdbc, moved)).isNotEmpty();
		assertThat(ObservationDatabase.TALLY.kept(jdbc, new JurisdictionPath(places.gridPath()))).isEmpty();
	}

	/** At every place of both trees, the moved village wherever it is now. */
	private void assertKeptCountsEqualRecounts() {
		places.recountedPlaces(jurisdictions).forEach(this::assertKeptEqualsRecount);
	}

	private void assertKeptEqualsRecount(JurisdictionPath place) {
		assertThat(ObservationDatabase.TALLY.kept(jdbc, place)).as("kept at %s", place)
			.isEqualTo(figures.recountOrders(place));
	}

	/** An order since yesterday for a new person of {@code grid}. */
	private long order(String grid, ObservationKind kind, Long siteId) {
		long person = FigureTree.resident(people, grid, "模块观察");
		return SystemTask.call(() -> observations.create(new NewObservation(person, kind, today.minusDays(1),
				ObservationReason.CLOSE_CONTACT, null, null, siteId, null)))
			.id();
	}

	/** A fever reading of yesterday's first check; the alert it raised. */
	private long fever(long order) {
		return SystemTask.call(() -> checks.record(order,
				new NewCheck(null, today.minusDays(1), 1, new BigDecimal("38.6"), List.of("COUGH"))))
			.alertId();
	}

	private Instant createdAt(long order) {
		return stored(jdbc, "SELECT created_at FROM observation WHERE id = ?", order);
	}
}
