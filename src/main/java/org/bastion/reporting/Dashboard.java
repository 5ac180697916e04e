package org.bastion.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.reporting.Completeness.UnitStatus;
import org.bastion.reporting.DashboardView.Card;
import org.bastion.reporting.DashboardView.Cell;
import org.bastion.reporting.DashboardView.FigureGroup;
import org.bastion.reporting.DashboardView.Reports;
import org.bastion.reporting.DashboardView.TableRow;
import org.bastion.reporting.FigureCounts.Figures;
import org.bastion.reporting.Rollups.DayFigures;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.ReportFigureSource.ReportFigure;
import org.bastion.shared.ReportFigureSource.ReportWindow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The leaders' dashboard of a place in the viewer's area: today's roll-up, yesterday's totals beside it and the
 * completeness of today's reports for the page, the costly history apart, for the charts to load after it.
 */
@Service
@Transactional(readOnly = true)
class Dashboard {

	/** Who reads the dashboard: the county's leaders, HQ and the townships, each for their own area. */
	static final String READERS = "hasAnyRole('SYSTEM_ADMIN', 'HQ_STAFF', 'TOWNSHIP_STAFF', 'LEADER')";

	/** The missing units a dashboard names; a county's morning can miss hundreds, which its list page holds. */
	static final int MISSING_SHOWN = 20;

	private final Rollups rollups;

	private final ReportCompleteness completeness;

	private final ReportWindows windows;

	private final DailyFigures figures;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final FieldClock clock;

	Dashboard(Rollups rollups, ReportCompleteness completeness, ReportWindows windows, DailyFigures figures,
			Jurisdictions jurisdictions, CurrentViewer viewer, FieldClock clock) {
		this.rollups = rollups;
		this.completeness = completeness;
		this.windows = windows;
		this.figures = figures;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.clock = clock;
	}

	/** Today's dashboard of the place (the viewer's own area when {@code code} is blank). */
	@PreAuthorize(READERS)
	DashboardView today(String code) {
		Jurisdiction place = rollups.place(code);
		LocalDate date = windows.current();
		Rollup today = rollups.rollup(place.code(), date);
		ReportWindow todayWindow = new ReportWindow(today.date(), today.windowFrom(), today.windowTo());
		// Yesterday is a column of totals: its figures place by place would be counted for nothing.
		DayFigures yesterday = rollups.history(place.code(), date.minusDays(1), date.minusDays(1)).getFirst();
		ReportWindow yesterdayWindow = windows.calendar().window(yesterday.date());
		List<ReportFigure> catalogue = figures.catalogue();
		Map<String, List<Card>> groups = new LinkedHashMap<>();
		for (ReportFigure figure : catalogue) {
			String key = figure.key();
			groups.computeIfAbsent(figure.group(), g -> new ArrayList<>())
				.add(new Card(figure, today.totals().of(key), yesterday.figures().of(key),
						figures.recordsLink(key, place.code(), todayWindow),
						figures.recordsLink(key, place.code(), yesterdayWindow)));
		}
		List<TableRow> rows = new ArrayList<>();
		for (Rollup.Row row : today.rows()) {
			rows.add(new TableRow(row.code(), row.name(), cells(catalogue, row.figures(), row.code(), todayWindow)));
		}
		TableRow totals = new TableRow(place.code(), place.name(), cells(catalogue, today.totals(), place.code(), todayWindow));
		return new DashboardView(place, breadcrumb(place), date, yesterday.date(),
				groups.entrySet().stream().map(e -> new FigureGroup(e.getKey(), List.copyOf(e.getValue()))).toList(),
				rows, totals, reports(place, date), clock.instant());
	}

	/** The place's figures over the last 30 report dates, oldest first, for the charts. */
	@PreAuthorize(READERS)
	List<DayFigures> history(String code) {
		return rollups.history(rollups.place(code).code(), null, windows.current());
	}

	/** Every figure the charts can draw, in the report's order. */
	List<ReportFigure> catalogue() {
		return figures.catalogue();
	}

	private List<Cell> cells(List<ReportFigure> catalogue, Figures values, String code, ReportWindow window) {
		List<Cell> cells = new ArrayList<>(catalogue.size());
		for (ReportFigure figure : catalogue) {
			String link = code == null ? null : figures.recordsLink(figure.key(), code, window);
			cells.add(new Cell(figure.key(), values.of(figure.key()), link));
		}
		return cells;
	}

	private Reports reports(Jurisdiction place, LocalDate date) {
		Completeness of = completeness.of(place.code(), date);
		List<UnitStatus> missing = of.units()
			.stream()
			.filter(s -> DailyReport.MISSING.equals(s.status()))
			.sorted(Comparator.comparing((UnitStatus s) -> !s.overdue()).thenComparing(s -> s.unit().path().value()))
			.toList();
		String link = UriComponentsBuilder.fromPath("/reports/completeness")
			.queryParam("jurisdiction", place.code())
			.queryParam("date", date)
			.build()
			.toUriString();
		return new Reports(of.tally(), missing.subList(0, Math.min(MISSING_SHOWN, missing.size())),
				Math.max(0, missing.size() - MISSING_SHOWN), link);
	}

	/** The places above this one inside the viewer's area: a township's staff never sees the county's link. */
	private List<Jurisdiction> breadcrumb(Jurisdiction place) {
		return jurisdictions.lineage(place.code())
			.stream()
			.filter(node -> !node.code().equals(place.code()) && viewer.get().canSee(node.path()))
			.toList();
	}
}
