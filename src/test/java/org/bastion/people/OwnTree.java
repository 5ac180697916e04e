package org.bastion.people;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.jurisdiction.NewJurisdiction;
import org.bastion.security.SystemTask;
import org.bastion.shared.JurisdictionPath;

/**
 * A county of a test's own, down to one grid, for module tests: they bootstrap without the demo
 * module, and the database is shared by every context of the run, so no test relies on what another
 * made.
 */
public record OwnTree(String county, String township, String village, String grid) {

	public static OwnTree create(Jurisdictions jurisdictions) {
		String county = "MT" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
		OwnTree tree = new OwnTree(county, county + "A", county + "A1", county + "A1G");
		SystemTask.run(() -> {
			jurisdictions.create(new NewJurisdiction(tree.county, "模块测试县", null, JurisdictionLevel.COUNTY));
			jurisdictions.create(new NewJurisdiction(tree.township, "模块测试镇", tree.county, JurisdictionLevel.TOWNSHIP));
			jurisdictions.create(new NewJurisdiction(tree.village, "模块测试村", tree.township, JurisdictionLevel.VILLAGE));
			jurisdictions.create(new NewJurisdiction(tree.grid, "模块测试组", tree.village, JurisdictionLevel.GRID));
		});
		return tree;
	}

	public JurisdictionPath villagePath() {
		return JurisdictionPath.of(county, township, village);
	}

	public JurisdictionPath gridPath() {
		return JurisdictionPath.of(county, township, village, grid);
	}

	/** A resident of the grid with an ID number no other test uses. */
	public long resident(People people, String name) {
		return SystemTask.call(() -> people.register(NewPerson.resident(uniqueIdNumber(), name, null, grid)).person().id());
	}

	public static String uniqueIdNumber() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return IdNumber.of("511528", LocalDate.of(1940, 1, 1).plusDays(random.nextInt(25_000)), random.nextInt(1, 1000))
			.value();
	}
}
