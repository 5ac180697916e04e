package org.bastion.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.bastion.arrivals.Arrival;
import org.bastion.arrivals.ArrivalListItem;
import org.bastion.arrivals.Arrivals;
import org.bastion.cases.CaseStatus;
import org.bastion.cases.CaseView;
import org.bastion.cases.Cases;
import org.bastion.cases.ContactView;
import org.bastion.cases.Contacts;
import org.bastion.checkin.StaffUnitView;
import org.bastion.checkpoint.CheckpointLevel;
import org.bastion.checkpoint.CheckpointView;
import org.bastion.checkpoint.Checkpoints;
import org.bastion.checkpoint.FollowUpKind;
import org.bastion.checkpoint.FollowUps;
import org.bastion.checkpoint.InspectionView;
import org.bastion.checkpoint.Inspections;
import org.bastion.checkpoint.PassageStats;
import org.bastion.checkpoint.Passages;
import org.bastion.checkin.StaffUnits;
import org.bastion.isolation.IsolationSiteView;
import org.bastion.isolation.IsolationSites;
import org.bastion.observation.HealthFixtures;
import org.bastion.observation.HealthFixtures.Reply;
import org.bastion.observation.ObservationView;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ObservationView.ObservationReason;
import org.bastion.observation.ObservationView.ObservationStatus;
import org.bastion.observation.Observations;
import org.bastion.pushedlists.ListEntryView;
import org.bastion.pushedlists.PushedListView;
import org.bastion.pushedlists.PushedLists;
import org.bastion.pushedlists.VerificationOutcome;
import org.bastion.rounds.ScreeningRound;
import org.bastion.rounds.ScreeningRounds;
import org.bastion.security.SystemTask;
import org.bastion.shared.FieldClock;
import org.bastion.shared.Slice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code --demo} fills the county with the month the seeds tell, dated back from the day it starts,
 * through the modules' own services; loading it again adds nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoActivityTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoLoader loader;

	@Autowired
	FieldClock clock;

	@Autowired
	Arrivals arrivals;

	@Autowired
	ScreeningRounds rounds;

	@Autowired
	Observations observations;

	@Autowired
	IsolationSites sites;

	@Autowired
	Cases cases;

	@Autowired
	Contacts contacts;

	@Autowired
	StaffUnits units;

	@Autowired
	PushedLists pushedLists;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	Passages passages;

	@Autowired
	FollowUps followUps;

	@Autowired
	Inspections inspections;

	/**
	 * The day the demo's month was dated from: the day it was loaded, which is not always the clock's today when a
	 * test asserts, since a run may pass midnight on the field's clock (16:00 UTC) after the demo was loaded.
	 */
	LocalDate storyDay;

	@BeforeEach
	void storyDay() {
		// The first round of 自由村 opens six days before the festival, twenty days before the story's day.
		storyDay = SystemTask.call(() -> rounds.list(DemoStory.FREEDOM_VILLAGE)).stream()
			.filter(r -> r.jurisdictionCode().equals(DemoStory.FREEDOM_VILLAGE) && r.number() == 1)
			.map(r -> clock.dateOf(r.openedAt()).plusDays(26))
			.findFirst()
			.orElseThrow();
		assertThat(storyDay).isIn(clock.today(), clock.today().minusDays(1));
	}

	@Test
	void returneesArriveOverTheMonthFromWuhanHubeiAndElsewhereOnTheDayTheyAreRegistered() {
		LocalDate today = storyDay;
		List<Arrival> returnees = demoArrivals().stream().filter(a -> a.clientId().startsWith("demo-returnee-")).toList();
		assertThat(returnees).hasSize(DemoReturnees.RETURNEES);
		assertThat(returnees).allSatisfy(a -> {
			assertThat(a.arrivalDate()).isBefore(today);
			assertThat(clock.dateOf(a.registeredAt())).isEqualTo(a.arrivalDate());
		});
		Set<LocalDate> days = returnees.stream().map(Arrival::arrivalDate).collect(Collectors.toSet());
		assertThat(days).hasSizeGreaterThan(15);
		assertThat(days.stream().min(LocalDate::compareTo).orElseThrow()).isBefore(today.minusDays(25));
		LocalDate festival = today.minusDays(20);
		long before = returnees.stream().filter(a -> a.arrivalDate().isBefore(festival)).count();
		assertThat(before).as("most came home before the festival").isGreaterThan(returnees.size() / 2);
		assertThat(returnees).anyMatch(a -> a.originCode().startsWith("4201"))
			.anyMatch(a -> a.originCode().startsWith("42") && !a.originCode().startsWith("4201"))
			.anyMatch(a -> !a.originCode().startsWith("42"))
			.anyMatch(a -> a.temperature().doubleValue() >= 37.3);
		assertThat(returnees).noneMatch(a -> a.originCode().startsWith("4201") && a.arrivalDate().isAfter(festival));
	}

	@Test
	void freedomVillagesSecondRoundFinds380ReturneesWhereTheFirstFound203() {
		// Other tests open rounds over the township, which cover the village too: the demo's are the village's own.
		List<ScreeningRound> both = SystemTask.call(() -> rounds.list(DemoStory.FREEDOM_VILLAGE)).stream()
			.filter(r -> r.jurisdictionCode().equals(DemoStory.FREEDOM_VILLAGE))
			.toList();
		ScreeningRound second = both.stream().filter(r -> r.number() == 2).findFirst().orElseThrow();
		ScreeningRound first = both.stream().filter(r -> r.number() == 1).findFirst().orElseThrow();
		assertThat(clock.dateOf(second.openedAt())).isEqualTo(clock.dateOf(first.openedAt()).plusDays(3));
		Reply comparison = new HealthFixtures(port).get("demo-county",
				"/api/v1/screening-rounds/" + second.id() + "/comparison");
		assertThat(comparison.status()).isEqualTo(200);
		assertThat(comparison.json().path("returnees").asLong()).isEqualTo(380);
		assertThat(comparison.json().path("previousReturnees").asLong()).isEqualTo(203);
		JsonNode village = comparison.json().path("villages").get(0);
		assertThat(village.path("code").asString()).isEqualTo(DemoStory.FREEDOM_VILLAGE);
		assertThat(village.path("returnees").asLong()).isEqualTo(380);
		Reply visits = new HealthFixtures(port).get("demo-county",
				"/api/v1/screening-rounds/" + first.id() + "/visits?limit=200");
		assertThat(visits.json().path("items").findValuesAsString("status")).contains("VISITED_WITH_RETURNEES");
	}

	@Test
	void ordersAtHomeAndAtTheSiteAreCheckedRaiseAlertsAndAreReleasedAfterFourteenDays() {
		LocalDate today = storyDay;
		List<ObservationView> orders = all((cursor, limit) -> observations.list(DemoTree.COUNTY, null, cursor, limit));
		// The demo's own: other tests of the run make orders in the demo county too, as staff, today.
		List<ObservationView> forArrivals = orders.stream()
			.filter(o -> o.reason() == ObservationReason.ARRIVAL_FROM_RISK_AREA)
			.filter(o -> SystemTask.USERNAME.equals(o.createdBy()))
			.toList();
		assertThat(forArrivals).anyMatch(o -> o.kind() == ObservationKind.HOME)
			.anyMatch(o -> o.kind() == ObservationKind.SITE && o.siteId() != null);
		assertThat(forArrivals).allSatisfy(o -> assertThat(clock.dateOf(o.createdAt())).isEqualTo(o.startDate()));
		assertThat(forArrivals).filteredOn(o -> !o.endDate().isAfter(today)).isNotEmpty().allSatisfy(o -> {
			assertThat(o.status()).isEqualTo(ObservationStatus.RELEASED);
			assertThat(o.releasedOn()).isEqualTo(o.endDate());
			assertThat(o.lastReadingDate()).isEqualTo(o.endDate().minusDays(1));
		});
		assertThat(forArrivals).anyMatch(o -> o.status() == ObservationStatus.OPEN && o.lastReadingDate() != null);
		List<IsolationSiteView> site = SystemTask.call(() -> sites.list(DemoTree.TOWNSHIP))
			.stream()
			.filter(s -> s.name().equals(DemoReturnees.SITE_NAME))
			.toList();
		assertThat(site).hasSize(1);
		assertThat(site.getFirst().beds()).isEqualTo(40);

		JsonNode alerts = new HealthFixtures(port).get("demo-county", "/api/v1/alerts?jurisdiction=" + DemoTree.TOWNSHIP
				+ "&limit=200").json().path("items");
		List<JsonNode> fevers = new ArrayList<>();
		Set<Long> demoOrders = new HashSet<>();
		orders.stream().filter(o -> SystemTask.USERNAME.equals(o.createdBy())).forEach(o -> demoOrders.add(o.id()));
		alerts.forEach(a -> {
			if (a.path("kind").asString().equals("FEVER") && demoOrders.contains(a.path("observationId").asLong())) {
				fevers.add(a);
			}
		});
		assertThat(fevers).isNotEmpty().allSatisfy(a -> assertThat(clock.dateOf(java.time.Instant.parse(a.path("openedAt")
			.asString()))).isEqualTo(LocalDate.parse(a.path("readingDate").asString())));
	}

	@Test
	void theConfirmedCasesSixtyThreeContactsAreUnderObservationByTheNextMorning() {
		CaseView confirmed = SystemTask.call(() -> cases.list(DemoTree.TOWNSHIP, CaseStatus.CONFIRMED, null, 50))
			.items()
			.stream()
			.filter(c -> "兴文县人民医院".equals(c.hospital()))
			.findFirst()
			.orElseThrow();
		assertThat(confirmed.confirmedDate()).isEqualTo(storyDay.minusDays(8));
		List<ContactView> traced = SystemTask.call(() -> contacts.ofCase(confirmed.id()));
		assertThat(traced).hasSize(DemoStory.CLOSE_CONTACTS).allSatisfy(c -> assertThat(c.observationId()).isNotNull());
		List<ObservationView> orders = all((cursor, limit) -> observations.list(DemoTree.COUNTY, null, cursor, limit))
			.stream()
			.filter(o -> o.reason() == ObservationReason.CLOSE_CONTACT
					&& traced.stream().anyMatch(c -> c.observationId() == o.id()))
			.toList();
		assertThat(orders).hasSize(DemoStory.CLOSE_CONTACTS).allSatisfy(o -> {
			assertThat(o.status()).isEqualTo(ObservationStatus.OPEN);
			assertThat(clock.dateOf(o.createdAt())).isEqualTo(confirmed.confirmedDate().plusDays(1));
		});
	}

	@Test
	void staffUnitsCheckInTwiceADayAndOneFeverIsAnAlert() {
		List<StaffUnitView> demoUnits = SystemTask.call(() -> units.list())
			.stream()
			.filter(u -> u.name().equals(DemoCheckIns.HEALTH_CENTRE) || u.name().equals(DemoCheckIns.VANGUARD))
			.toList();
		assertThat(demoUnits).hasSize(2).allSatisfy(u -> assertThat(u.members()).hasSize(DemoCheckIns.MEMBERS));
		StaffUnitView vanguard = demoUnits.stream().filter(u -> u.name().equals(DemoCheckIns.VANGUARD)).findFirst().orElseThrow();
		JsonNode alerts = new HealthFixtures(port).get("demo-county", "/api/v1/checkin-units/" + vanguard.id() + "/alerts")
			.json()
			.path("items");
		assertThat(alerts.size()).isEqualTo(1);
		assertThat(alerts.get(0).path("temperature").asString()).isEqualTo("37.8");
	}

	@Test
	void thePushedListIsImportedAndPartlyVerifiedBeforeItsDeadline() {
		PushedListView list = SystemTask.call(() -> pushedLists.recent(100))
			.stream()
			.filter(l -> l.name().equals(DemoPushedLists.LIST_NAME))
			.findFirst()
			.orElseThrow();
		int rows = DemoPushedLists.KNOWN + DemoPushedLists.UNKNOWN;
		await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
			List<ListEntryView> entries = all((cursor, limit) -> pushedLists.entries(list.id(), cursor, limit));
			assertThat(entries).hasSize(rows);
			assertThat(entries.stream().filter(e -> e.outcome() == null)).hasSize(DemoPushedLists.LEFT_OPEN);
		});
		List<ListEntryView> entries = all((cursor, limit) -> pushedLists.entries(list.id(), cursor, limit));
		assertThat(entries).anyMatch(e -> e.outcome() == VerificationOutcome.ALREADY_KNOWN && e.personId() != null)
			.anyMatch(e -> e.outcome() == VerificationOutcome.NOT_LIVING_HERE);
		assertThat(entries).filteredOn(e -> e.outcome() != null).allSatisfy(e -> {
			assertThat(clock.dateOf(e.verifiedAt())).isBefore(storyDay).isAfterOrEqualTo(storyDay.minusDays(12));
			assertThat(clock.dateOf(e.verifiedAt())).isBeforeOrEqualTo(list.deadline());
		});
	}

	@Test
	void theTownshipsCheckpointsRegisteredAFortnightOfTravellersAndTheBorderPostHasAFindingToPutRight() {
		List<CheckpointView> posts = SystemTask.call(() -> checkpoints.list(DemoTree.TOWNSHIP, null, 100)).items().stream()
			.filter(c -> c.createdAt() != null && clock.dateOf(c.createdAt()).isBefore(storyDay.minusDays(15)))
			.toList();
		assertThat(posts).extracting(CheckpointView::name).contains(DemoCheckpoints.NATIONAL_ROAD_POST, DemoCheckpoints.BORDER_POST);
		assertThat(posts).extracting(CheckpointView::level).contains(CheckpointLevel.NATIONAL_ROAD,
				CheckpointLevel.TOWNSHIP_BORDER, CheckpointLevel.VILLAGE_ROAD);
		CheckpointView national = posts.stream().filter(c -> c.name().equals(DemoCheckpoints.NATIONAL_ROAD_POST)).findFirst().orElseThrow();
		PassageStats yesterday = SystemTask.call(() -> passages.stats(national.id(), storyDay.minusDays(1)));
		assertThat(yesterday.total().vehicles() + yesterday.total().persons()).isPositive();
		assertThat(yesterday.plates()).extracting(PassageStats.Province::province).contains("川");
		// The township saw to every feverish traveller of the fortnight the morning after.
		assertThat(SystemTask.call(() -> followUps.list(FollowUpKind.FEVER, false, DemoTree.TOWNSHIP, null, 100)).items())
			.anyMatch(f -> f.checkpointId() == national.id() || posts.stream().anyMatch(p -> p.id() == f.checkpointId()));
		CheckpointView border = posts.stream().filter(c -> c.name().equals(DemoCheckpoints.BORDER_POST)).findFirst().orElseThrow();
		List<InspectionView> visits = SystemTask.call(() -> inspections.ofCheckpoint(border.id(), null, 10)).items();
		assertThat(visits).singleElement().satisfies(v -> {
			assertThat(v.passed()).isFalse();
			assertThat(clock.dateOf(v.inspectedAt())).isEqualTo(storyDay.minusDays(1));
		});
		await("the finding is the township's task").atMost(Duration.ofSeconds(60)).until(() -> new HealthFixtures(port)
			.get("demo-township", "/api/v1/tasks?assignee=me&limit=100").json().path("items").valueStream()
			.anyMatch(t -> t.path("source").asString().equals("INSPECTION") && t.path("title").asString().startsWith(DemoCheckpoints.BORDER_POST)));
	}

	@Test
	void loadingTheDemoAgainAddsNothing() {
		int arrivalCount = demoArrivals().size();
		int orderCount = all((cursor, limit) -> observations.list(DemoTree.COUNTY, null, cursor, limit)).size();
		long caseCount = SystemTask.call(() -> cases.list(DemoTree.COUNTY, null, null, 200)).items().size();
		int roundCount = SystemTask.call(() -> rounds.list(DemoStory.FREEDOM_VILLAGE)).size();
		int listCount = SystemTask.call(() -> pushedLists.recent(100)).size();
		int unitCount = SystemTask.call(() -> units.list()).size();
		long checkpointCount = SystemTask.call(() -> checkpoints.list(DemoTree.TOWNSHIP, null, 100)).items().stream()
			.filter(c -> c.name().equals(DemoCheckpoints.NATIONAL_ROAD_POST)).count();
		SystemTask.run(loader::load);
		assertThat(SystemTask.call(() -> checkpoints.list(DemoTree.TOWNSHIP, null, 100)).items().stream()
			.filter(c -> c.name().equals(DemoCheckpoints.NATIONAL_ROAD_POST)).count()).isEqualTo(checkpointCount).isEqualTo(1);
		assertThat(demoArrivals()).hasSize(arrivalCount);
		assertThat(all((cursor, limit) -> observations.list(DemoTree.COUNTY, null, cursor, limit))).hasSize(orderCount);
		assertThat(SystemTask.call(() -> cases.list(DemoTree.COUNTY, null, null, 200)).items()).hasSize((int) caseCount);
		assertThat(SystemTask.call(() -> rounds.list(DemoStory.FREEDOM_VILLAGE))).hasSize(roundCount);
		assertThat(SystemTask.call(() -> pushedLists.recent(100))).hasSize(listCount);
		assertThat(SystemTask.call(() -> units.list())).hasSize(unitCount);
	}

	private List<Arrival> demoArrivals() {
		return all((cursor, limit) -> arrivals.list(DemoTree.COUNTY, storyDay.minusDays(60), storyDay, null, cursor, limit))
			.stream()
			.map(ArrivalListItem::arrival)
			.filter(a -> a.clientId() != null && a.clientId().startsWith("demo-"))
			.toList();
	}

	private static <T> List<T> all(BiFunction<String, Integer, Slice<T>> page) {
		return SystemTask.call(() -> {
			List<T> items = new ArrayList<>();
			String cursor = null;
			do {
				Slice<T> slice = page.apply(cursor, 200);
				items.addAll(slice.items());
				cursor = slice.nextCursor();
			}
			while (cursor != null);
			return items;
		});
	}
}
