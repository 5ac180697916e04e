package org.bastion.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.reporting.FigureCounts.Figures;
import org.bastion.shared.ReportFigureSource.ReportFigure;

/**
 * A place's figures for a report date, summed on read from the records below it, with one row per child
 * area (and one for records kept at the place itself): the rows always add up to the totals.
 *
 * @param manual the manual fields summed over the area reports submitted below the place
 */
record Rollup(Jurisdiction place, LocalDate date, Instant windowFrom, Instant windowTo, List<ReportFigure> figures,
		Figures totals, List<ManualTotal> manual, List<Row> rows) {

	/**
	 * @param code the child's code, or null for the records kept at the place itself
	 * @param drillable whether the child has areas below it to open
	 */
	record Row(String code, String name, boolean drillable, Figures figures) {
	}

	record ManualTotal(long fieldId, String label, long value) {
	}
}
