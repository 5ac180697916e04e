package org.bastion.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.jurisdiction.NewJurisdiction;
import org.bastion.security.SystemTask;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.ReportFigureSource.PlaceCount;
import org.bastion.shared.ReportFigureSource.ReportWindow;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The places a report figure's test counts in: a county of its own ({@link OwnTree}) with a second
 * village beside the first, and another county outside the scope the test asks for. Records are made in
 * order, and windows are built around their stored instants, so no test waits for a clock.
 */
public record FigureTree(OwnTree tree, String otherVillage, String otherGrid, OwnTree elsewhere) {

	public static FigureTree create(Jurisdictions jurisdictions) {
		OwnTree tree = OwnTree.create(jurisdictions);
		String village = tree.township() + "2";
		String grid = village + "G";
		SystemTask.run(() -> {
			jurisdictions.create(new NewJurisdiction(village, "模块测试二村", tree.township(), JurisdictionLevel.VILLAGE));
			jurisdictions.create(new NewJurisdiction(grid, "模块测试二组", village, JurisdictionLevel.GRID));
		});
		return new FigureTree(tree, village, grid, OwnTree.create(jurisdictions));
	}

	/** The scope every count is asked for: the tree's county, which leaves {@link #elsewhere} out. */
	public String scope() {
		return JurisdictionPath.of(tree.county()).likePattern();
	}

	public String grid() {
		return tree.grid();
	}

	public String gridPath() {
		return tree.gridPath().value();
	}

	public String villagePath() {
		return tree.villagePath().value();
	}

	public String otherVillagePath() {
		return JurisdictionPath.of(tree.county(), tree.township(), otherVillage).value();
	}

	public String otherGridPath() {
		return JurisdictionPath.of(tree.county(), tree.township(), otherVillage, otherGrid).value();
	}

	/**
	 * Where a test compares kept counts with a recount: the county and township of both trees, the second
	 * village, and the first village and its grid wherever the tree has moved them since.
	 */
	public List<JurisdictionPath> recountedPlaces(Jurisdictions jurisdictions) {
		List<JurisdictionPath> at = new java.util.ArrayList<>();
		for (OwnTree own : List.of(tree, elsewhere)) {
			at.add(JurisdictionPath.of(own.county()));
			at.add(JurisdictionPath.of(own.county(), own.township()));
		}
		at.add(new JurisdictionPath(otherVillagePath()));
		at.add(SystemTask.call(() -> jurisdictions.find(tree.village())).orElseThrow().path());
		at.add(SystemTask.call(() -> jurisdictions.find(grid())).orElseThrow().path());
		return at;
	}

	/** A new person living in {@code grid}; their id. */
	public static long resident(People people, String grid, String name) {
		return SystemTask.call(
				() -> people.register(NewPerson.resident(OwnTree.uniqueIdNumber(), name, null, grid)).person().id());
	}

	/** A window over stored instants, dated {@code date} for the facts kept as field dates. */
	public static ReportWindow window(LocalDate date, Instant from, Instant to) {
		return new ReportWindow(date, from, to);
	}

	/** The instant a row stored, as the database keeps it (PostgreSQL to the microsecond). */
	public static Instant stored(JdbcClient jdbc, String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(OffsetDateTime.class).single().toInstant();
	}

	/** The count of one figure at one place (any unit), zero when the source left it out. */
	public static long count(List<PlaceCount> counts, String path, String figure) {
		return counts.stream()
			.filter(c -> c.path().equals(path) && c.figure().equals(figure))
			.mapToLong(PlaceCount::count)
			.sum();
	}

	/** The count of one figure under a place, at any depth. */
	public static long under(List<PlaceCount> counts, String path, String figure) {
		return counts.stream()
			.filter(c -> c.path().startsWith(path) && c.figure().equals(figure))
			.mapToLong(PlaceCount::count)
			.sum();
	}
}
