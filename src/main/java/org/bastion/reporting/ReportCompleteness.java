package org.bastion.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.reporting.Completeness.AreaTally;
import org.bastion.reporting.Completeness.Tally;
import org.bastion.reporting.Completeness.UnitStatus;
import org.bastion.reporting.DailyReport.Reminder;
import org.bastion.reporting.DailyReportDatabase.ReportRow;
import org.bastion.shared.FieldClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Completeness and timeliness of the daily reports of a date, live, up the tree. */
@Service
class ReportCompleteness {

	private final Rollups rollups;

	private final ReportUnits units;

	private final ReportWindows windows;

	private final DailyReportDatabase reports;

	private final Jurisdictions jurisdictions;

	private final FieldClock clock;

	ReportCompleteness(Rollups rollups, ReportUnits units, ReportWindows windows, DailyReportDatabase reports,
			Jurisdictions jurisdictions, FieldClock clock) {
		this.rollups = rollups;
		this.units = units;
		this.windows = windows;
		this.reports = reports;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Completeness of(String code, LocalDate asked) {
		Jurisdiction place = rollups.place(code);
		ReportCalendar calendar = windows.calendar();
		Instant now = clock.instant();
		LocalDate date = calendar.reportDate(asked, now);
		Map<String, ReportRow> submitted = new HashMap<>();
		reports.submitted(date, place.path().likePattern()).forEach(r -> submitted.put(r.unitRef(), r));
		Map<String, Reminder> reminded = new HashMap<>();
		reports.reminders(date).forEach(r -> reminded.put(r.unitRef(), new Reminder(r.lastAt(), r.times())));
		Instant villageDeadline = calendar.deadline(date, false);
		Instant townshipDeadline = calendar.deadline(date, true);
		List<UnitStatus> statuses = new ArrayList<>();
		for (ReportUnit unit : units.under(place)) {
			Instant deadline = unit.township() ? townshipDeadline : villageDeadline;
			ReportRow row = submitted.get(unit.ref());
			if (row == null) {
				statuses.add(new UnitStatus(unit, DailyReport.MISSING, false, null, deadline, now.isAfter(deadline),
						reminded.get(unit.ref())));
			}
			else {
				statuses.add(new UnitStatus(unit, row.late() ? DailyReport.LATE : DailyReport.ON_TIME, row.zero(),
						row.firstSubmittedAt(), deadline, false, null));
			}
		}
		statuses.sort(Comparator.comparing((UnitStatus s) -> !DailyReport.MISSING.equals(s.status()))
			.thenComparing(s -> s.unit().path().value()));
		List<AreaTally> areas = new ArrayList<>();
		for (Jurisdiction child : jurisdictions.children(place.code())) {
			areas.add(new AreaTally(child.code(), child.name(), tally(statuses.stream()
				.filter(s -> s.unit().path().value().startsWith(child.path().value()))
				.toList())));
		}
		return new Completeness(place, date, tally(statuses), statuses, areas);
	}

	private static Tally tally(List<UnitStatus> statuses) {
		int reported = 0;
		int onTime = 0;
		int late = 0;
		int zero = 0;
		for (UnitStatus status : statuses) {
			if (DailyReport.MISSING.equals(status.status())) {
				continue;
			}
			reported++;
			if (DailyReport.LATE.equals(status.status())) {
				late++;
			}
			else {
				onTime++;
			}
			if (status.zero()) {
				zero++;
			}
		}
		return new Tally(statuses.size(), reported, onTime, late, zero);
	}
}
