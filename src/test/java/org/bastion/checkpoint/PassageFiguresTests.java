package org.bastion.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.people.FigureTree.count;
import static org.bastion.people.FigureTree.stored;
import static org.bastion.people.FigureTree.under;
import static org.bastion.people.FigureTree.window;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.FigureTree;
import org.bastion.security.SystemTask;
import org.bastion.shared.FieldClock;
import org.bastion.shared.ReportFigureSource.PlaceCount;
import org.bastion.shared.ReportFigureSource.ReportWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The checkpoints' report figures, counted from passages registered through the service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PassageFiguresTests {

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	Passages passages;

	@Autowired
	PassageFigures figures;

	@Autowired
	FieldClock clock;

	@Autowired
	JdbcClient jdbc;

	FigureTree places;

	LocalDate day;

	@BeforeEach
	void places() {
		places = FigureTree.create(jurisdictions);
		day = clock.today();
	}

	@Test
	void passagesCountInTheWindowTheyWereRegisteredInByThePlaceOfTheirCheckpoint() {
		long here = checkpoint(places.grid());
		long otherVillage = checkpoint(places.otherGrid());
		long outside = checkpoint(places.elsewhere().grid());
		Instant before = registered(here, PassageOutcome.PASSED, PassageVehicle.CAR, "36.5", "36.6");
		Instant first = registered(here, PassageOutcome.REFERRED_FEVER_CLINIC, PassageVehicle.CAR, "38.2", "36.6", "36.7");
		registered(here, PassageOutcome.TURNED_BACK, PassageVehicle.TRUCK, "36.5");
		registered(here, PassageOutcome.REFERRED_OBSERVATION, PassageVehicle.ON_FOOT, "36.9");
		registered(otherVillage, PassageOutcome.PASSED, PassageVehicle.CAR, "36.5", "36.5");
		Instant last = registered(outside, PassageOutcome.PASSED, PassageVehicle.CAR, "36.5");

		List<PlaceCount> counts = figures.counts(window(day, first, last.plusSeconds(1)), places.scope());

		assertThat(before).isBefore(first);
		assertThat(count(counts, places.gridPath(), PassageFigures.VEHICLES)).isEqualTo(2);
		assertThat(count(counts, places.gridPath(), PassageFigures.PERSONS)).isEqualTo(5);
		assertThat(count(counts, places.gridPath(), PassageFigures.FEVERS)).isEqualTo(1);
		assertThat(count(counts, places.gridPath(), PassageFigures.TURNED_BACK)).isEqualTo(1);
		assertThat(count(counts, places.gridPath(), PassageFigures.REFERRALS)).isEqualTo(2);
		assertThat(count(counts, places.otherGridPath(), PassageFigures.VEHICLES)).isEqualTo(1);
		assertThat(count(counts, places.otherGridPath(), PassageFigures.PERSONS)).isEqualTo(2);
		assertThat(count(counts, places.otherGridPath(), PassageFigures.FEVERS)).isZero();
		assertThat(under(counts, "/" + places.elsewhere().county() + "/", PassageFigures.VEHICLES)).isZero();
		assertThat(counts).allSatisfy(c -> assertThat(c.path()).startsWith("/" + places.tree().county() + "/"));
	}

	@Test
	void aPassageAtTheWindowsStartCountsAndOneAtItsEndDoesNot() {
		long here = checkpoint(places.grid());
		Instant start = registered(here, PassageOutcome.PASSED, PassageVehicle.CAR, "36.5");
		Instant end = registered(here, PassageOutcome.PASSED, PassageVehicle.CAR, "36.5", "36.5");

		List<PlaceCount> counts = figures.counts(window(day, start, end), places.scope());

		assertThat(count(counts, places.gridPath(), PassageFigures.VEHICLES)).isEqualTo(1);
		assertThat(count(counts, places.gridPath(), PassageFigures.PERSONS)).isEqualTo(1);
	}

	/**
	 * A day's window on whole hours is read from the counts kept per checkpoint and hour: they must equal a recount
	 * from the passages at the village, the township and the county, after single passages, a batch with a repeat
	 * inside and a retry of a stored one; the month of a chart in one statement must equal it window by window.
	 */
	@Test
	void theCountsKeptByTheHourEqualARecountFromThePassages() {
		long here = checkpoint(places.grid());
		long other = checkpoint(places.otherGrid());
		registered(here, PassageOutcome.PASSED, PassageVehicle.CAR, "36.5", "36.6");
		registered(here, PassageOutcome.REFERRED_FEVER_CLINIC, PassageVehicle.TRUCK, "38.4");
		registered(other, PassageOutcome.TURNED_BACK, PassageVehicle.ON_FOOT, "36.7");
		NewPassage twice = passage(PassageOutcome.REFERRED_OBSERVATION, PassageVehicle.BUS, "36.6", "36.8", "37.0");
		List<Passages.Registered> batch = SystemTask.call(() -> passages.registerAll(other,
				List.of(twice, passage(PassageOutcome.PASSED, PassageVehicle.CAR, "36.5"), twice)));
		assertThat(batch).allSatisfy(answer -> assertThat(answer.refused()).isNull());
		SystemTask.call(() -> passages.register(other, twice));

		ReportWindow today = new ReportWindow(day, clock.startOf(day), clock.endOf(day));
		for (String scope : List.of(places.gridPath() + "%", places.scope(), "/" + places.tree().county() + "/%")) {
			assertThat(sorted(figures.counts(today, scope))).as(scope).isEqualTo(sorted(figures.recount(today, scope)));
		}
		List<PlaceCount> counted = figures.counts(today, places.scope());
		assertThat(count(counted, places.gridPath(), PassageFigures.PERSONS)).isEqualTo(3);
		assertThat(count(counted, places.otherGridPath(), PassageFigures.PERSONS)).isEqualTo(5);
		assertThat(count(counted, places.otherGridPath(), PassageFigures.REFERRALS)).isEqualTo(1);

		List<ReportWindow> month = new ArrayList<>();
		for (LocalDate d = day.minusDays(29); !d.isAfter(day); d = d.plusDays(1)) {
			month.add(new ReportWindow(d, clock.startOf(d), clock.endOf(d)));
		}
		List<Map<String, Long>> totals = figures.totals(month, places.scope());
		for (int i = 0; i < month.size(); i++) {
			Map<String, Long> recounted = new java.util.HashMap<>();
			figures.recount(month.get(i), places.scope())
				.forEach(c -> recounted.merge(c.figure(), c.count(), Long::sum));
			assertThat(totals.get(i)).as(month.get(i).date().toString()).isEqualTo(recounted);
		}
		assertThat(totals.getLast()).containsEntry(PassageFigures.VEHICLES, 4L);
	}

	private static List<PlaceCount> sorted(List<PlaceCount> counts) {
		return counts.stream().sorted(Comparator.comparing(PlaceCount::path).thenComparing(PlaceCount::figure)).toList();
	}

	private long checkpoint(String place) {
		return SystemTask.call(() -> checkpoints.create(new NewCheckpoint("报表卡点" + UUID.randomUUID().toString().substring(0, 6),
				CheckpointLevel.VILLAGE_ROAD, place, null, null, null, null, Set.of(StaffingAgency.VOLUNTEERS), null, null,
				null))).id();
	}

	/** Registers a passage whose first occupant is named, so that a fever or referral is allowed; the instant stored. */
	private Instant registered(long checkpoint, PassageOutcome outcome, PassageVehicle vehicle, String... temperatures) {
		long id = SystemTask.call(() -> passages.register(checkpoint, passage(outcome, vehicle, temperatures))).id();
		return stored(jdbc, "SELECT passed_at FROM checkpoint_passage WHERE id = ?", id);
	}

	private static NewPassage passage(PassageOutcome outcome, PassageVehicle vehicle, String... temperatures) {
		List<NewPassage.Occupant> occupants = new ArrayList<>();
		for (int i = 0; i < temperatures.length; i++) {
			occupants.add(new NewPassage.Occupant("报表" + i, null, "1391234%04d".formatted(i), new BigDecimal(temperatures[i]),
					null, null, null));
		}
		String plate = vehicle == PassageVehicle.ON_FOOT ? null : "川A12345";
		return new NewPassage(UUID.randomUUID().toString(), plate, vehicle, occupants, outcome);
	}
}
