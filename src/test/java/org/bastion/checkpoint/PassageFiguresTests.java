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
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.FigureTree;
import org.bastion.security.SystemTask;
import org.bastion.shared.FieldClock;
import org.bastion.shared.ReportFigureSource.PlaceCount;
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

	private long checkpoint(String place) {
		return SystemTask.call(() -> checkpoints.create(new NewCheckpoint("报表卡点" + UUID.randomUUID().toString().substring(0, 6),
				CheckpointLevel.VILLAGE_ROAD, place, null, null, null, null, Set.of(StaffingAgency.VOLUNTEERS), null, null,
				null))).id();
	}

	/** Registers a passage whose first occupant is named, so that a fever or referral is allowed; the instant stored. */
	private Instant registered(long checkpoint, PassageOutcome outcome, PassageVehicle vehicle, String... temperatures) {
		List<NewPassage.Occupant> occupants = new ArrayList<>();
		for (int i = 0; i < temperatures.length; i++) {
			occupants.add(new NewPassage.Occupant("报表" + i, null, "1391234%04d".formatted(i), new BigDecimal(temperatures[i]),
					null, null, null));
		}
		String plate = vehicle == PassageVehicle.ON_FOOT ? null : "川A12345";
		long id = SystemTask.call(() -> passages.register(checkpoint,
				new NewPassage(UUID.randomUUID().toString(), plate, vehicle, occupants, outcome))).id();
		return stored(jdbc, "SELECT passed_at FROM checkpoint_passage WHERE id = ?", id);
	}
}
