package org.bastion.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bastion.arrivals.ArrivalRegistration;
import org.bastion.arrivals.Arrivals;
import org.bastion.arrivals.RiskAreaRequest;
import org.bastion.arrivals.RiskAreas;
import org.bastion.arrivals.RiskLevel;
import org.bastion.isolation.IsolationSiteKind;
import org.bastion.isolation.IsolationSiteRequest;
import org.bastion.isolation.IsolationSiteView;
import org.bastion.isolation.IsolationSites;
import org.bastion.isolation.RoomRequest;
import org.bastion.isolation.RoomView;
import org.bastion.isolation.StayRequest;
import org.bastion.isolation.Stays;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.observation.HealthChecks;
import org.bastion.observation.NewObservation;
import org.bastion.observation.ObservationView;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ObservationView.ObservationReason;
import org.bastion.observation.Observations;
import org.bastion.observation.Releases;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The returnees of a few villages over the month, day by day as the field lived it: HQ designates
 * Wuhan and Hubei before the returns start; each returnee is registered on the day they arrive; those
 * from Wuhan and the rest of Hubei are put under observation for 14 days, at home or, for some from
 * Wuhan, in the township's isolation hotel; their checks are taken twice a day, a few with a fever that
 * raises an alert; and each order is released on its end date. Today's checks are left to be done.
 */
@Component
@ConditionalOnBooleanProperty("bastion.demo.enabled")
class DemoReturnees {

	/** Returnees of the villages other than 自由村, whose rounds register their own. */
	static final int RETURNEES = 120;

	static final String SITE_NAME = "共乐镇集中隔离点（共乐宾馆）";

	private static final int ROOMS = 20;

	private static final int PERIOD_DAYS = 14;

	/** One order in twelve has a fever on its third day, normal again the next. */
	private static final int FEVER_IN = 12;

	private final DemoClock clock;

	private final RiskAreas riskAreas;

	private final Arrivals arrivals;

	private final IsolationSites sites;

	private final Stays stays;

	private final Observations observations;

	private final HealthChecks checks;

	private final Releases releases;

	DemoReturnees(DemoClock clock, RiskAreas riskAreas, Arrivals arrivals, IsolationSites sites, Stays stays,
			Observations observations, HealthChecks checks, Releases releases) {
		this.clock = clock;
		this.riskAreas = riskAreas;
		this.arrivals = arrivals;
		this.sites = sites;
		this.stays = stays;
		this.observations = observations;
		this.checks = checks;
		this.releases = releases;
	}

	/** HQ's risk areas, designated before the returns began, unless some were designated already. */
	void designateRiskAreas(DemoStory story) {
		if (!riskAreas.list().isEmpty()) {
			return;
		}
		LocalDate from = story.festival().minusDays(25);
		clock.at(story.at(from, 9, 0), () -> {
			riskAreas.designate(new RiskAreaRequest("420100", RiskLevel.HIGH, from, null));
			riskAreas.designate(new RiskAreaRequest("420000", RiskLevel.MEDIUM, from, null));
			riskAreas.designate(new RiskAreaRequest("330300", RiskLevel.MEDIUM, from, null));
			riskAreas.designate(new RiskAreaRequest("440300", RiskLevel.LOW, from, null));
		});
	}

	/** The month of returnees in {@code grids}, unless its first returnee is registered already. */
	void load(DemoStory story, String township, List<Jurisdiction> grids) {
		LocalDate latest = story.today().minusDays(1);
		TreeMap<LocalDate, List<Returnee>> byDay = new TreeMap<>();
		for (int i = 0; i < RETURNEES; i++) {
			LocalDate date = DemoTrips.arrivalDate(story.random(), story.festival(), latest);
			DemoTrips.Origin origin = DemoTrips.origin(story.random(), (int) (date.toEpochDay() - story.festival().toEpochDay()));
			Jurisdiction grid = grids.get(story.random().nextInt(grids.size()));
			byDay.computeIfAbsent(date, d -> new ArrayList<>()).add(new Returnee(i, origin, date, grid));
		}
		boolean first = true;
		List<Long> rooms = new ArrayList<>();
		Long siteId = null;
		Map<Long, ObservationView> open = new TreeMap<>();
		LocalDate siteOpens = story.festival().minusDays(10);
		for (LocalDate day = byDay.firstKey(); !day.isAfter(latest); day = day.plusDays(1)) {
			if (day.equals(siteOpens) || (siteId == null && day.isAfter(siteOpens))) {
				siteId = openSite(story, township, day, rooms);
			}
			for (Returnee returnee : byDay.getOrDefault(day, List.of())) {
				ArrivalRegistration registered = clock.at(story.duringTheDay(day),
						() -> arrivals.register(DemoTrips.trip(story.random(), story.person(returnee.number(),
								returnee.grid().code()), returnee.origin(), returnee.date(), null, null,
								"demo-returnee-" + returnee.number())));
				if (first && registered.existing()) {
					return;
				}
				first = false;
				if (returnee.origin() == DemoTrips.Origin.WUHAN || returnee.origin() == DemoTrips.Origin.REST_OF_HUBEI) {
					ObservationView order = observe(story, returnee, registered.arrival().person().id(), siteId, rooms);
					open.put(order.id(), order);
				}
			}
			check(story, day, open.values());
			release(story, day, open);
		}
	}

	private Long openSite(DemoStory story, String township, LocalDate day, List<Long> rooms) {
		return clock.at(story.at(day, 10, 0), () -> {
			IsolationSiteView site = sites.create(new IsolationSiteRequest(SITE_NAME, IsolationSiteKind.HOTEL, township,
					"共乐镇共乐街1号", "共乐镇卫生院 值班医生", "demo-site-1"));
			if (sites.find(site.id()).rooms().isEmpty()) {
				for (int r = 1; r <= ROOMS; r++) {
					RoomView room = sites.addRoom(site.id(), new RoomRequest("%d%02d".formatted(1 + (r - 1) / 10, r), 2));
					rooms.add(room.id());
				}
			}
			else {
				sites.find(site.id()).rooms().forEach(room -> rooms.add(room.id()));
			}
			return site.id();
		});
	}

	/**
	 * One in three of Wuhan's returnees goes to the hotel once it is open, two to a room, never more than
	 * its beds; the others are observed at home.
	 */
	private ObservationView observe(DemoStory story, Returnee returnee, long personId, Long siteId, List<Long> rooms) {
		boolean toSite = siteId != null && returnee.origin() == DemoTrips.Origin.WUHAN && returnee.number() % 3 == 0
				&& returnee.number() / 3 < rooms.size() * 2;
		return clock.at(story.at(returnee.date(), 20, 30), () -> {
			ObservationView order = observations.create(new NewObservation(personId,
					toSite ? ObservationKind.SITE : ObservationKind.HOME, returnee.date(),
					ObservationReason.ARRIVAL_FROM_RISK_AREA, PERIOD_DAYS, null, toSite ? siteId : null,
					"demo-order-" + returnee.number()));
			if (toSite) {
				long room = rooms.get((returnee.number() / 3) % rooms.size());
				stays.checkIn(siteId, new StayRequest(order.id(), room, "demo-stay-" + returnee.number()));
			}
			return order;
		});
	}

	/** Both of the day's checks of every open order, the morning's at nine and the afternoon's at three. */
	private void check(DemoStory story, LocalDate day, Iterable<ObservationView> open) {
		for (int slot = 1; slot <= 2; slot++) {
			List<HealthChecks.BatchCheck> batch = new ArrayList<>();
			for (ObservationView order : open) {
				if (day.isBefore(order.startDate()) || !day.isBefore(order.endDate())) {
					continue;
				}
				boolean fever = order.id() % FEVER_IN == 0 && day.equals(order.startDate().plusDays(2)) && slot == 1;
				int tenths = fever ? 375 + (int) (order.id() % 8) : 361 + story.random().nextInt(8);
				batch.add(new HealthChecks.BatchCheck(order.id(), "demo-check-" + order.id() + "-" + day + "-" + slot, day,
						slot, BigDecimal.valueOf(tenths, 1), fever ? List.of("FEVER") : List.of()));
			}
			for (int from = 0; from < batch.size(); from += HealthChecks.MAX_BATCH) {
				List<HealthChecks.BatchCheck> part = batch.subList(from, Math.min(batch.size(), from + HealthChecks.MAX_BATCH));
				clock.at(story.at(day, slot == 1 ? 9 : 15, story.random().nextInt(50)), () -> checks.recordBatch(part));
			}
		}
	}

	/** Orders whose 14 days are over are released on their end date, in the morning. */
	private void release(DemoStory story, LocalDate day, Map<Long, ObservationView> open) {
		LocalDate next = day.plusDays(1);
		List<ObservationView> due = open.values().stream().filter(o -> o.endDate().equals(next)).toList();
		if (due.isEmpty() || next.isAfter(story.today())) {
			return;
		}
		clock.at(story.at(next, 8, 30), () -> due.forEach(order -> {
			releases.release(order.id(), new Releases.ReleaseRequest(next, null));
			open.remove(order.id());
		}));
	}

	private record Returnee(int number, DemoTrips.Origin origin, LocalDate date, Jurisdiction grid) {
	}
}
