package org.bastion.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bastion.people.FigureTree.stored;
import static org.bastion.people.FigureTree.under;
import static org.bastion.people.FigureTree.window;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.FigureTree;
import org.bastion.people.People;
import org.bastion.security.SystemTask;
import org.bastion.shared.ReportFigureSource.PlaceCount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The cases' report figures, counted from cases, status changes and contacts made through the services. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseFiguresTests {

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	People people;

	@Autowired
	Cases cases;

	@Autowired
	Contacts contacts;

	@Autowired
	CaseFigures figures;

	@Autowired
	JdbcClient jdbc;

	FigureTree places;

	LocalDate today;

	@BeforeEach
	void places() {
		places = FigureTree.create(jurisdictions);
		today = cases.today();
	}

	@Test
	void contactsAndConfirmationsCountInTheWindowAndStatusesAsTheyStoodAtItsEnd() {
		long suspected = newCase(places.grid(), CaseStatus.SUSPECTED);
		Instant contactBefore = contact(suspected);
		long confirmed = newCase(places.grid(), CaseStatus.CONFIRMED);
		Instant first = lastChange(confirmed);
		SystemTask.run(() -> cases.changeStatus(suspected, new CaseStatusChange(CaseStatus.CONFIRMED, today, null)));
		contact(confirmed);
		contact(confirmed);
		newCase(places.otherGrid(), CaseStatus.ASYMPTOMATIC);
		long outside = newCase(places.elsewhere().grid(), CaseStatus.CONFIRMED);
		Instant last = contact(outside);

		List<PlaceCount> counts = figures.counts(window(today, first, last.plusSeconds(1)), places.scope());

		assertThat(contactBefore).isBefore(first);
		String village = places.villagePath();
		assertThat(under(counts, village, CaseFigures.NEWLY_CONFIRMED)).isEqualTo(2);
		assertThat(under(counts, village, CaseFigures.CONTACTS)).isEqualTo(2);
		assertThat(under(counts, village, CaseFigures.standing(CaseStatus.CONFIRMED))).isEqualTo(2);
		assertThat(under(counts, village, CaseFigures.standing(CaseStatus.SUSPECTED))).isZero();
		assertThat(under(counts, places.otherVillagePath(), CaseFigures.standing(CaseStatus.ASYMPTOMATIC))).isEqualTo(1);
		assertThat(under(counts, places.otherVillagePath(), CaseFigures.NEWLY_CONFIRMED)).isZero();
		assertThat(counts).allSatisfy(c -> assertThat(c.path()).startsWith("/" + places.tree().county() + "/"));
	}

	@Test
	void aChangeAtTheWindowsStartCountsAndOneAtItsEndDoesNot() {
		long earlier = newCase(places.grid(), CaseStatus.SUSPECTED);
		Instant start = lastChange(earlier);
		long later = newCase(places.grid(), CaseStatus.SUSPECTED);
		Instant end = lastChange(later);
		SystemTask.run(() -> cases.changeStatus(earlier, new CaseStatusChange(CaseStatus.CONFIRMED, today, null)));
		SystemTask.run(() -> cases.changeStatus(later, new CaseStatusChange(CaseStatus.CONFIRMED, today, null)));

		List<PlaceCount> counts = figures.counts(window(today, start, end), places.scope());

		// At the end the earlier case was still suspected, and the later one was not yet a case.
		assertThat(under(counts, places.villagePath(), CaseFigures.standing(CaseStatus.SUSPECTED))).isEqualTo(1);
		assertThat(under(counts, places.villagePath(), CaseFigures.standing(CaseStatus.CONFIRMED))).isZero();
		assertThat(under(counts, places.villagePath(), CaseFigures.NEWLY_CONFIRMED)).isZero();
		List<PlaceCount> afterwards = figures.counts(window(today, end, lastChange(later).plusSeconds(1)), places.scope());
		assertThat(under(afterwards, places.villagePath(), CaseFigures.NEWLY_CONFIRMED)).isEqualTo(2);
	}

	private long newCase(String grid, CaseStatus status) {
		long person = FigureTree.resident(people, grid, "模块病例");
		LocalDate confirmed = status == CaseStatus.CONFIRMED ? today : null;
		return SystemTask.call(() -> cases.create(new NewCase(person, status, today.minusDays(2), confirmed, null, null)))
			.id();
	}

	private Instant lastChange(long caseId) {
		return stored(jdbc, "SELECT MAX(changed_at) FROM case_status_change WHERE case_id = ?", caseId);
	}

	/** A close contact of the case, without an ID number; the instant it was recorded. */
	private Instant contact(long caseId) {
		String phone = "139" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
		SystemTask.run(() -> contacts.add(caseId, List.of(new NewContact("密接" + phone.substring(7), phone, null, "同事",
				today.minusDays(1)))));
		return stored(jdbc, "SELECT MAX(created_at) FROM case_contact WHERE case_id = ?", caseId);
	}
}
