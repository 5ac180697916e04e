package org.bastion.reporting;

import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bastion.reporting.Rollup.ManualTotal;
import org.bastion.reporting.Rollup.Row;
import org.bastion.shared.FieldClock;
import org.bastion.shared.LedgerWorkbook;
import org.bastion.shared.LedgerWorkbook.ColumnGroup;
import org.bastion.shared.ReportFigureSource.ReportFigure;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The daily report in the government's layout (疫情防控日报表): title, unit, date and window, the figures
 * under their sections' merged headers with a row per child area and the 合计 row, the manual fields, the
 * signature lines and the time of export.
 */
@Component
class ReportExportWorkbook {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final MessageSource messages;

	private final FieldClock clock;

	ReportExportWorkbook(MessageSource messages, FieldClock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	String title(Rollup rollup, Locale locale) {
		return text(locale, "report.export.title", rollup.place().name());
	}

	String fileName(Rollup rollup, Locale locale) {
		return title(rollup, locale) + "_" + rollup.date() + ".xlsx";
	}

	void write(Rollup rollup, Locale locale, String exportedBy, OutputStream out) {
		String title = title(rollup, locale);
		String window = minute(rollup.windowFrom()) + " – " + minute(rollup.windowTo());
		LedgerWorkbook.Heading heading = new LedgerWorkbook.Heading(title, text(locale, "report.export.unit"),
				rollup.place().name(), text(locale, "report.export.date"), rollup.date().toString(),
				text(locale, "report.export.window"), window);
		List<ColumnGroup> groups = new ArrayList<>();
		List<String> columns = new ArrayList<>();
		groups.add(new ColumnGroup(text(locale, "report.export.area"), 2));
		columns.add(text(locale, "report.export.area.name"));
		columns.add(text(locale, "report.export.area.code"));
		String group = null;
		int span = 0;
		for (ReportFigure figure : rollup.figures()) {
			if (!figure.group().equals(group)) {
				if (group != null) {
					groups.add(new ColumnGroup(label(locale, "figure.group.", group), span));
				}
				group = figure.group();
				span = 0;
			}
			span++;
			columns.add(label(locale, "figure.", figure.key()));
		}
		if (group != null) {
			groups.add(new ColumnGroup(label(locale, "figure.group.", group), span));
		}
		List<List<?>> rows = new ArrayList<>();
		for (Row row : rollup.rows()) {
			List<Object> cells = new ArrayList<>();
			cells.add(row.code() == null ? text(locale, "report.export.ownRecords", row.name()) : row.name());
			cells.add(row.code() == null ? rollup.place().code() : row.code());
			rollup.figures().forEach(figure -> cells.add(row.figures().of(figure.key())));
			rows.add(cells);
		}
		List<Object> total = new ArrayList<>();
		total.add(text(locale, "report.export.total"));
		total.add(rollup.place().code());
		rollup.figures().forEach(figure -> total.add(rollup.totals().of(figure.key())));
		rows.add(total);
		List<List<?>> below = new ArrayList<>();
		if (!rollup.manual().isEmpty()) {
			below.add(List.of(text(locale, "report.export.manual")));
			for (ManualTotal field : rollup.manual()) {
				below.add(List.of(field.label(), field.value()));
			}
		}
		below.add(List.of(text(locale, "report.export.signatures")));
		below.add(List.of(text(locale, "report.export.exportedAt", LocalDateTime.ofInstant(clock.instant(),
				clock.zone()).format(MINUTE), exportedBy)));
		LedgerWorkbook.write(out, title, heading, groups, columns, rows, below);
	}

	private String minute(Instant instant) {
		return clock.local(instant).format(MINUTE);
	}

	/** A figure's or section's name; its key itself while no bundle names it yet. */
	private String label(Locale locale, String prefix, String key) {
		return messages.getMessage(prefix + key, null, key, locale);
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
