package org.bastion.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.people.FigureTree.stored;
import static org.bastion.people.FigureTree.window;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.observation.NewObservation;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ObservationView.ObservationReason;
import org.bastion.observation.Observations;
import org.bastion.people.FigureTree;
import org.bastion.people.People;
import org.bastion.security.SystemTask;
import org.bastion.shared.ReportFigureSource.PlaceCount;
import org.bastion.shared.ReportFigureSource.ReportingUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The isolation sites' report figures, each site a reporting unit, counted from stays made through the services. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IsolationFiguresTests {

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	People people;

	@Autowired
	Observations observations;

	@Autowired
	IsolationSites sites;

	@Autowired
	Stays stays;

	@Autowired
	IsolationFigures figures;

	@Autowired
	JdbcClient jdbc;

	FigureTree places;

	LocalDate today;

	long site;

	long room;

	@BeforeEach
	void aSiteInTheFirstVillage() {
		places = FigureTree.create(jurisdictions);
		today = observations.today();
		site = IsolationTestSites.site(sites, places.tree().village());
		room = room(site);
	}

	@Test
	void eachSiteCountsItsOccupantsAtTheEndAndItsCheckInsAndOutsInTheWindow() {
		long leaving = stay(site, room, places.grid());
		Instant before = checkedIn(leaving);
		long staying = stay(site, room, places.grid());
		Instant first = checkedIn(staying);
		SystemTask.run(() -> stays.checkOut(leaving, new StayCheckOut(StayEndReason.HOSPITAL)));
		long otherSite = IsolationTestSites.site(sites, places.otherVillage());
		stay(otherSite, room(otherSite), places.otherGrid());
		long outsideSite = IsolationTestSites.site(sites, places.elsewhere().village());
		Instant last = checkedIn(stay(outsideSite, room(outsideSite), places.elsewhere().grid()));

		List<PlaceCount> counts = figures.counts(window(today, first, last.plusSeconds(1)), places.scope());

		assertThat(before).isBefore(first);
		assertThat(count(counts, site, IsolationFigures.OCCUPANTS)).isEqualTo(1);
		assertThat(count(counts, site, IsolationFigures.CHECKED_IN)).isEqualTo(1);
		assertThat(count(counts, site, IsolationFigures.CHECKED_OUT)).isEqualTo(1);
		assertThat(count(counts, otherSite, IsolationFigures.OCCUPANTS)).isEqualTo(1);
		assertThat(count(counts, otherSite, IsolationFigures.CHECKED_IN)).isEqualTo(1);
		assertThat(count(counts, otherSite, IsolationFigures.CHECKED_OUT)).isZero();
		assertThat(count(counts, outsideSite, IsolationFigures.OCCUPANTS)).isZero();
		assertThat(counts).filteredOn(c -> c.unit().equals(IsolationFigures.unit(site)))
			.allSatisfy(c -> assertThat(c.path()).isEqualTo(places.villagePath()));
		assertThat(counts).filteredOn(c -> c.unit().equals(IsolationFigures.unit(otherSite)))
			.allSatisfy(c -> assertThat(c.path()).isEqualTo(places.otherVillagePath()));

		List<ReportingUnit> units = figures.units(places.scope());
		assertThat(units).extracting(ReportingUnit::ref)
			.containsExactly(IsolationFigures.unit(site), IsolationFigures.unit(otherSite));
		assertThat(units).allSatisfy(unit -> assertThat(unit.kind()).isEqualTo("SITE"));
		assertThat(units).extracting(ReportingUnit::path).containsExactly(places.villagePath(), places.otherVillagePath());
	}

	@Test
	void aCheckInAtTheWindowsStartCountsAndOneAtItsEndDoesNot() {
		long earlier = stay(site, room, places.grid());
		Instant start = checkedIn(earlier);
		Instant end = checkedIn(stay(site, room, places.grid()));
		SystemTask.run(() -> stays.checkOut(earlier, new StayCheckOut(StayEndReason.OTHER)));

		List<PlaceCount> counts = figures.counts(window(today, start, end), places.scope());

		assertThat(count(counts, site, IsolationFigures.CHECKED_IN)).isEqualTo(1);
		// Checked out after the window's end: still an occupant at the end.
		assertThat(count(counts, site, IsolationFigures.OCCUPANTS)).isEqualTo(1);
		assertThat(count(counts, site, IsolationFigures.CHECKED_OUT)).isZero();
	}

	private static long count(List<PlaceCount> counts, long siteId, String figure) {
		return counts.stream()
			.filter(c -> IsolationFigures.unit(siteId).equals(c.unit()) && c.figure().equals(figure))
			.mapToLong(PlaceCount::count)
			.sum();
	}

	private long room(long siteId) {
		return SystemTask.call(() -> sites.addRoom(siteId, new RoomRequest("101", 4))).id();
	}

	/** A new person of {@code grid} under a site order, checked into the room; the stay's id. */
	private long stay(long siteId, long roomId, String grid) {
		long person = FigureTree.resident(people, grid, "模块隔离");
		long order = SystemTask.call(() -> observations.create(new NewObservation(person, ObservationKind.SITE,
				today, ObservationReason.CLOSE_CONTACT, null, null, siteId, null)))
			.id();
		return SystemTask.call(() -> stays.checkIn(siteId, new StayRequest(order, roomId, null))).id();
	}

	private Instant checkedIn(long stayId) {
		return stored(jdbc, "SELECT checked_in_at FROM site_stay WHERE id = ?", stayId);
	}
}
