package org.bastion.reporting;

import java.time.LocalDate;
import java.util.List;

import org.bastion.reporting.Completeness.UnitStatus;
import org.bastion.reporting.ReportDigest.FigureValue;
import org.bastion.shared.ReportFigureSource.ReportFigure.Kind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The day's reports of a place in the viewer's area for other modules: the completeness of its units and its
 * figures, as the completeness and roll-up pages show them, without their tables.
 */
@Service
@Transactional(readOnly = true)
public class ReportDigests {

	/** The missing units a digest names; a county's evening can miss hundreds, which the completeness page lists. */
	public static final int MISSING_NAMED = 30;

	private final Rollups rollups;

	private final ReportCompleteness completeness;

	ReportDigests(Rollups rollups, ReportCompleteness completeness) {
		this.rollups = rollups;
		this.completeness = completeness;
	}

	/**
	 * The reports of {@code date} below the place (the viewer's own area when {@code code} is blank).
	 *
	 * @throws org.bastion.shared.NotFoundException for a place outside the viewer's area
	 */
	public ReportDigest of(String code, LocalDate date) {
		Rollup rollup = rollups.rollup(code, date);
		Completeness of = completeness.of(rollup.place().code(), rollup.date());
		List<String> missing = of.units()
			.stream()
			.filter(s -> DailyReport.MISSING.equals(s.status()))
			.map(UnitStatus::unit)
			.map(ReportUnit::name)
			.toList();
		List<FigureValue> figures = rollup.figures()
			.stream()
			.map(f -> new FigureValue(f.key(), f.group(), f.kind() == Kind.STOCK, rollup.totals().of(f.key())))
			.toList();
		return new ReportDigest(rollup.place().code(), rollup.place().name(), rollup.date(), of.tally().expected(),
				of.tally().reported(), of.tally().late(), of.tally().zero(),
				missing.subList(0, Math.min(MISSING_NAMED, missing.size())), Math.max(0, missing.size() - MISSING_NAMED),
				figures);
	}
}
