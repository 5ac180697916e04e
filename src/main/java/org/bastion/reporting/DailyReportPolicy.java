package org.bastion.reporting;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.bastion.reporting.DailyReportForm.Correction;
import org.bastion.reporting.FigureCounts.Figures;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.ReportFigureSource.ReportFigure;

/**
 * What a submission must hold. A zero report says that nothing new happened in the window, so it is refused
 * when the records hold something new: a zero report is an explicit "nothing", never a way to skip
 * confirming figures. A figure reported otherwise than the records say is kept with its reason, never
 * without one; the records stay as they are and the difference is shown wherever the report is read.
 */
final class DailyReportPolicy {

	/** The most a daily figure of one unit can hold: a typing slip, not a county's population, beyond it. */
	static final long MOST = 10_000_000L;

	private static final Pattern PHONE = Pattern.compile("[0-9][0-9-]{5,18}[0-9]");

	private DailyReportPolicy() {
	}

	static List<FieldViolation> problems(DailyReportForm form, List<ReportFigure> catalogue, Figures derived,
			Set<Long> manualFields) {
		List<FieldViolation> problems = new ArrayList<>();
		if (blank(form.reporterName())) {
			problems.add(new FieldViolation("reporterName", "required", "report.reporterName.required"));
		}
		else if (form.reporterName().strip().length() > 50) {
			problems.add(new FieldViolation("reporterName", "size", "report.reporterName.size", 50));
		}
		if (blank(form.reporterPhone())) {
			problems.add(new FieldViolation("reporterPhone", "required", "report.reporterPhone.required"));
		}
		else if (!PHONE.matcher(form.reporterPhone().strip()).matches()) {
			problems.add(new FieldViolation("reporterPhone", "format", "report.reporterPhone.format"));
		}
		if (form.approver() != null && form.approver().strip().length() > 50) {
			problems.add(new FieldViolation("approver", "size", "report.approver.size", 50));
		}
		if (form.note() != null && form.note().strip().length() > 500) {
			problems.add(new FieldViolation("note", "size", "report.note.size", 500));
		}
		if (form.zero()) {
			long fresh = catalogue.stream()
				.filter(f -> f.kind() == ReportFigure.Kind.FLOW)
				.mapToLong(f -> derived.of(f.key()))
				.sum();
			if (fresh > 0) {
				problems.add(new FieldViolation("zero", "nothing-new", "report.zero.notEmpty", fresh));
			}
			if (!form.corrections().isEmpty()) {
				problems.add(new FieldViolation("corrections", "zero", "report.zero.noCorrections"));
			}
			form.manual().forEach((field, value) -> {
				if (value != null && value != 0) {
					problems.add(new FieldViolation("manual[" + field + "]", "zero", "report.zero.manualNotZero"));
				}
			});
		}
		form.manual().forEach((field, value) -> {
			String name = "manual[" + field + "]";
			if (!manualFields.contains(field)) {
				problems.add(new FieldViolation(name, "known", "report.manual.unknown"));
			}
			else if (value == null || value < 0 || value > MOST) {
				problems.add(new FieldViolation(name, "range", "report.manual.range", MOST));
			}
		});
		Set<String> keys = new HashSet<>();
		catalogue.forEach(f -> keys.add(f.key()));
		form.corrections().forEach((key, correction) -> {
			String name = "corrections[" + key + "]";
			if (!keys.contains(key)) {
				problems.add(new FieldViolation(name, "known", "report.correction.unknown"));
				return;
			}
			problems.addAll(correctionProblems(name, correction, derived.of(key)));
		});
		return problems;
	}

	private static List<FieldViolation> correctionProblems(String name, Correction correction, long derived) {
		if (correction == null || correction.value() == null) {
			return List.of(new FieldViolation(name + ".value", "required", "report.correction.value.required"));
		}
		if (correction.value() < 0 || correction.value() > MOST) {
			return List.of(new FieldViolation(name + ".value", "range", "report.correction.value.range", MOST));
		}
		if (correction.value() != derived && blank(correction.reason())) {
			return List.of(new FieldViolation(name + ".reason", "required", "report.correction.reason.required", derived));
		}
		if (correction.reason() != null && correction.reason().strip().length() > 300) {
			return List.of(new FieldViolation(name + ".reason", "size", "report.correction.reason.size", 300));
		}
		return List.of();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
