package org.bastion.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.jurisdiction.NewJurisdiction;
import org.bastion.people.People.PeopleCount;
import org.bastion.security.SystemTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Persons and households follow their place when it moves in the tree. Runs on a small tree of its
 * own, so that the demo county other tests read stays as it is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JurisdictionMovesTests {

	@Autowired
	Jurisdictions jurisdictions;

	@Autowired
	People people;

	@Autowired
	Households households;

	@Test
	void personsAndHouseholdsAreRepathedWhenTheirPlaceMoves() {
		String root = "MV" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
		long[] ids = SystemTask.call(() -> {
			jurisdictions.create(new NewJurisdiction(root, "迁移测试县", null, JurisdictionLevel.COUNTY));
			jurisdictions.create(new NewJurisdiction(root + "A", "甲镇", root, JurisdictionLevel.TOWNSHIP));
			jurisdictions.create(new NewJurisdiction(root + "B", "乙镇", root, JurisdictionLevel.TOWNSHIP));
			jurisdictions.create(new NewJurisdiction(root + "A1", "甲村", root + "A", JurisdictionLevel.VILLAGE));
			String id = IdNumber.of("511528", LocalDate.of(1950, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000)),
					ThreadLocalRandom.current().nextInt(500, 1000)).value();
			long person = people.register(NewPerson.resident(id, "迁移测试", null, root + "A1")).person().id();
			long household = households.create(new NewHousehold(root + "A1", null, person)).id();
			jurisdictions.move(root + "A1", root + "B");
			return new long[] { person, household };
		});

		// The move reaches the persons after it commits, as an event.
		List<Long> found = await("the person re-pathed under the new parent").atMost(Duration.ofSeconds(30))
			.until(() -> SystemTask.call(() -> people.search(null, root + "B", null, 10).items().stream()
				.map(PersonView::id)
				.toList()), persons -> !persons.isEmpty());
		assertThat(found).containsExactly(ids[0]);
		assertThat(SystemTask.call(() -> people.search(null, root + "A", null, 10).items())).isEmpty();
		assertThat(SystemTask.call(() -> people.countIn(org.bastion.shared.JurisdictionPath.of(root, root + "B", root + "A1"))))
			.isEqualTo(new PeopleCount(1, 1));
	}
}
