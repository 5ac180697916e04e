package org.bastion.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.people.FigureTree.stored;
import static org.bastion.people.FigureTree.under;
import static org.bastion.people.FigureTree.window;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.FigureTree;
import org.bastion.people.People;
import org.bastion.security.SystemTask;
import org.bastion.shared.FieldClock;
import org.bastion.shared.ReportFigureSource.PlaceCount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The staff check-ins' report figures, counted from check-ins recorded through the service. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckInFiguresTests {

	private static final String FEVER = "38.5";

	private static final String NORMAL = "36.5";

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	People people;

	@Autowired
	StaffUnits units;

	@Autowired
	CheckIns checkIns;

	@Autowired
	CheckInFigures figures;

	@Autowired
	FieldClock clock;

	@Autowired
	JdbcClient jdbc;

	FigureTree places;

	long unit;

	@BeforeEach
	void aUnitInTheFirstVillage() {
		places = FigureTree.create(jurisdictions);
		unit = unit(places.grid());
	}

	@Test
	void feversAndSymptomsAtCheckInCountInTheWindow() {
		Instant before = checkIn(unit, FEVER);
		Instant first = checkIn(unit, FEVER);
		checkIn(unit, NORMAL, "COUGH");
		checkIn(unit, NORMAL);
		checkIn(unit(places.otherGrid()), FEVER);
		Instant last = checkIn(unit(places.elsewhere().grid()), FEVER);

		List<PlaceCount> counts = figures.counts(window(clock.today(), first, last.plusSeconds(1)), places.scope());

		assertThat(before).isBefore(first);
		assertThat(under(counts, places.villagePath(), CheckInFigures.FEVERS)).isEqualTo(1);
		assertThat(under(counts, places.villagePath(), CheckInFigures.SYMPTOMS)).isEqualTo(1);
		assertThat(under(counts, places.otherVillagePath(), CheckInFigures.FEVERS)).isEqualTo(1);
		assertThat(under(counts, places.otherVillagePath(), CheckInFigures.SYMPTOMS)).isZero();
		assertThat(counts).allSatisfy(c -> assertThat(c.path()).startsWith("/" + places.tree().county() + "/"));
	}

	@Test
	void aFeverAtTheWindowsStartCountsAndOneAtItsEndDoesNot() {
		Instant start = checkIn(unit, FEVER);
		Instant end = checkIn(unit, FEVER);

		List<PlaceCount> counts = figures.counts(window(clock.today(), start, end), places.scope());

		assertThat(under(counts, places.villagePath(), CheckInFigures.FEVERS)).isEqualTo(1);
	}

	/** A unit checking in once a day, at any hour, so that the test runs at any time of day. */
	private long unit(String grid) {
		return SystemTask.call(() -> units.create(new NewStaffUnit("模块卡口", grid, 1, List.of("00:00-23:59")))).id();
	}

	/** A new member's check-in; when the unit's latest alert opened, or the check-in was stored if none. */
	private Instant checkIn(long unitId, String temperature, String... symptoms) {
		long person = FigureTree.resident(people, places.grid(), "模块职工");
		SystemTask.run(() -> units.addMember(unitId, person));
		SystemTask.run(() -> checkIns.record(unitId, new NewCheckIn(person, new BigDecimal(temperature), List.of(symptoms),
				null)));
		return stored(jdbc, "SELECT MAX(recorded_at) FROM checkin_entry WHERE unit_id = ?", unitId);
	}
}
