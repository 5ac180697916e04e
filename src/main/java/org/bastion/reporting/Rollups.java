package org.bastion.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.reporting.FigureCounts.Figures;
import org.bastion.reporting.Rollup.ManualTotal;
import org.bastion.reporting.Rollup.Row;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.ReportFigureSource.ReportWindow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures summed up the tree on read, for a date or day by day. */
@Service
class Rollups {

	/** The longest history a chart asks for at once: a season of the outbreak. */
	static final int LONGEST_HISTORY = 120;

	private final Jurisdictions jurisdictions;

	private final ReportWindows windows;

	private final DailyFigures figures;

	private final DailyReportDatabase reports;

	private final ManualFields manualFields;

	private final FieldClock clock;

	Rollups(Jurisdictions jurisdictions, ReportWindows windows, DailyFigures figures, DailyReportDatabase reports,
			ManualFields manualFields, FieldClock clock) {
		this.jurisdictions = jurisdictions;
		this.windows = windows;
		this.figures = figures;
		this.reports = reports;
		this.manualFields = manualFields;
		this.clock = clock;
	}

	/** The place the viewer asked for, or their own area when they name none and have one. */
	Jurisdiction place(String code) {
		if (code != null && !code.isBlank()) {
			return jurisdictions.visible(code.strip());
		}
		List<Jurisdiction> tops = jurisdictions.tops();
		if (tops.size() != 1) {
			throw new InvalidInputException(new FieldViolation("jurisdiction", "required", "report.jurisdiction.required"));
		}
		return tops.getFirst();
	}

	@Transactional(readOnly = true)
	Rollup rollup(String code, LocalDate asked) {
		Jurisdiction place = place(code);
		ReportCalendar calendar = windows.calendar();
		LocalDate date = calendar.reportDate(asked, clock.instant());
		ReportWindow window = calendar.window(date);
		FigureCounts counts = figures.count(window, place.path().likePattern());
		Map<String, Figures> byChild = counts.byChild(place.path());
		List<Row> rows = new ArrayList<>();
		Set<String> drillable = jurisdictions.childrenWithChildren(place.code());
		for (Jurisdiction child : jurisdictions.children(place.code())) {
			rows.add(new Row(child.code(), child.name(), drillable.contains(child.code()),
					byChild.getOrDefault(child.code(), Figures.NONE)));
		}
		Figures own = byChild.get("");
		if (own != null) {
			rows.add(new Row(null, place.name(), false, own));
		}
		return new Rollup(place, date, window.from(), window.to(), figures.catalogue(), counts.within(place.path()),
				manual(date, place), rows);
	}

	/** The place's totals for each date from {@code from} to {@code to}, oldest first. */
	@Transactional(readOnly = true)
	List<DayFigures> history(String code, LocalDate from, LocalDate to) {
		Jurisdiction place = place(code);
		ReportCalendar calendar = windows.calendar();
		LocalDate last = calendar.reportDate(to, clock.instant());
		LocalDate first = from == null ? last.minusDays(29) : from;
		if (first.isAfter(last)) {
			throw new InvalidInputException(new FieldViolation("from", "order", "report.history.order"));
		}
		if (first.plusDays(LONGEST_HISTORY).isBefore(last)) {
			throw new InvalidInputException(new FieldViolation("from", "range", "report.history.range", LONGEST_HISTORY));
		}
		List<ReportWindow> dates = new ArrayList<>();
		for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(1)) {
			dates.add(calendar.window(date));
		}
		List<Figures> totals = figures.totals(dates, place.path().likePattern());
		List<DayFigures> days = new ArrayList<>();
		for (int i = 0; i < dates.size(); i++) {
			days.add(new DayFigures(dates.get(i).date(), totals.get(i)));
		}
		return days;
	}

	/** One date's totals of a place. */
	record DayFigures(LocalDate date, Figures figures) {
	}

	private List<ManualTotal> manual(LocalDate date, Jurisdiction place) {
		Map<Long, Long> sums = reports.manualOfVillages(date, place.path().likePattern());
		List<ManualTotal> totals = new ArrayList<>();
		for (ManualField field : manualFields.active()) {
			totals.add(new ManualTotal(field.id(), field.label(), sums.getOrDefault(field.id(), 0L)));
		}
		return totals;
	}
}
