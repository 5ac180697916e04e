package org.bastion.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.reporting.Completeness.Tally;
import org.bastion.reporting.Completeness.UnitStatus;
import org.bastion.shared.ReportFigureSource.ReportFigure;

/**
 * What the leaders' dashboard shows of one place: today's figures against yesterday's, the children's table
 * and the reports still missing. Every number carries the page of its records, or null where none lists them.
 *
 * @param breadcrumb the places above this one that the viewer may open, from the top of their area down
 * @param computedAt when the figures were counted, for the refresh stamp
 */
record DashboardView(Jurisdiction place, List<Jurisdiction> breadcrumb, LocalDate date, LocalDate yesterday,
		List<FigureGroup> groups, List<TableRow> rows, TableRow totals, Reports reports, Instant computedAt) {

	/** One section of the report (arrivals, observation …) with its figures in the report's order. */
	record FigureGroup(String group, List<Card> cards) {
	}

	/** A figure today and yesterday, each with the page of its records. */
	record Card(ReportFigure figure, long today, long yesterday, String todayLink, String yesterdayLink) {

		public long change() {
			return today - yesterday;
		}

		/** How far today is from yesterday, whichever way. */
		public long distance() {
			return Math.abs(change());
		}

		/** {@code up}, {@code down} or {@code same}: which arrow the change shows. */
		public String trend() {
			return change() > 0 ? "up" : change() < 0 ? "down" : "same";
		}
	}

	/**
	 * A child area's figures in the catalogue's order.
	 *
	 * @param code null for the records kept at the place itself, which open no dashboard of their own
	 */
	record TableRow(String code, String name, List<Cell> cells) {
	}

	record Cell(String figure, long value, String link) {
	}

	/**
	 * The daily reports of the date below the place: how many came, late, missing.
	 *
	 * @param missing the first units that have not reported, overdue ones first
	 * @param moreMissing how many more have not reported: the completeness page lists them
	 * @param link the completeness page of the place and date
	 */
	record Reports(Tally tally, List<UnitStatus> missing, int moreMissing, String link) {
	}
}
