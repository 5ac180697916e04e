package org.bastion.people;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

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

	/** The ID numbers {@link #uniqueIdNumber} can give: births over 25,000 days, each with 100 sequence numbers. */
	private static final long ID_NUMBERS = 25_000L * 100;

	/** Where the run's ID numbers start, at random, then one after the other. */
	private static final AtomicLong NEXT_ID_NUMBER = new AtomicLong(ThreadLocalRandom.current().nextLong(ID_NUMBERS));

	/**
	 * An ID number of the county that no other person of the run holds: never the same twice in the run (drawn at
	 * random, a run's thousands of residents met the same number now and then), and none of the demo's, whose
	 * sequence numbers of the county stay below 900.
	 */
	public static String uniqueIdNumber() {
		long n = NEXT_ID_NUMBER.getAndIncrement() % ID_NUMBERS;
		return IdNumber.of("511528", LocalDate.of(1940, 1, 1).plusDays(n / 100), 900 + (int) (n % 100)).value();
	}
}
