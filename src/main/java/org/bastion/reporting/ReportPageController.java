package org.bastion.reporting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.reporting.DailyReportForm.Correction;
import org.bastion.shared.AccountNames;
import org.bastion.shared.BastionException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.PageErrors;
import org.bastion.shared.ReportFigureSource.ReportFigure.Kind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report pages: a unit's daily report to confirm or zero, the completeness of a place's units with
 * reminders, the roll-up with drill-down, and HQ's settings.
 */
@Controller
class ReportPageController {

	private final DailyReports reports;

	private final ReportCompleteness completeness;

	private final Rollups rollups;

	private final ReportWindows windows;

	private final ManualFields manualFields;

	private final ReportUnits units;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AccountNames accountNames;

	private final FieldClock clock;

	ReportPageController(DailyReports reports, ReportCompleteness completeness, Rollups rollups, ReportWindows windows,
			ManualFields manualFields, ReportUnits units, Jurisdictions jurisdictions, CurrentViewer viewer,
			AccountNames accountNames, FieldClock clock) {
		this.reports = reports;
		this.completeness = completeness;
		this.rollups = rollups;
		this.windows = windows;
		this.manualFields = manualFields;
		this.units = units;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.accountNames = accountNames;
		this.clock = clock;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return clock.zone();
	}

	/** A unit's staff land on their own report; everyone above on the completeness of their area. */
	@GetMapping("/reports")
	String start() {
		return units.own()
			.filter(unit -> !unit.township())
			.map(unit -> "redirect:/reports/daily?unit=" + unit.ref())
			.orElse("redirect:/reports/completeness");
	}

	@GetMapping("/reports/daily")
	String daily(@RequestParam(required = false) String unit, @RequestParam(required = false) String date, Model model) {
		if (unit == null || unit.isBlank()) {
			model.addAttribute("choices", choices());
			return "reporting/pick";
		}
		DailyReport report = reports.find(unit, parseDate(date));
		model.addAttribute("report", report);
		model.addAttribute("clientId", UUID.randomUUID().toString());
		model.addAttribute("canWrite", canWrite(report.unit()));
		model.addAttribute("fresh", report.figures().stream()
			.filter(f -> f.kind() == Kind.FLOW)
			.mapToLong(DailyReport.FigureLine::derived)
			.sum());
		if (!model.containsAttribute("reporterName")) {
			Reporter last = lastReporter(report);
			model.addAttribute("reporterName", last.name());
			model.addAttribute("reporterPhone", last.phone());
			model.addAttribute("approver", last.approver());
		}
		return "reporting/daily";
	}

	@PostMapping("/reports/daily")
	String submit(@RequestParam MultiValueMap<String, String> fields, Model model, RedirectAttributes redirect) {
		String unit = fields.getFirst("unit");
		String date = fields.getFirst("date");
		boolean zero = "true".equals(fields.getFirst("zero"));
		try {
			DailyReportForm form = form(fields, zero);
			DailyReport report = reports.submit(form);
			redirect.addFlashAttribute("submitted", report.zero() ? "report.daily.submittedZero" : "report.daily.submitted");
			return "redirect:/reports/daily?unit=" + report.unit().ref() + "&date=" + report.date();
		}
		catch (InvalidInputException refused) {
			model.addAttribute("errors", PageErrors.of(refused));
			model.addAttribute("typed", fields.toSingleValueMap());
			model.addAttribute("reporterName", fields.getFirst("reporterName"));
			model.addAttribute("reporterPhone", fields.getFirst("reporterPhone"));
			model.addAttribute("approver", fields.getFirst("approver"));
			return daily(unit, date, model);
		}
	}

	@GetMapping("/reports/completeness")
	String completeness(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String date,
			Model model) {
		Completeness tally = completeness.of(jurisdiction, parseDate(date));
		model.addAttribute("completeness", tally);
		model.addAttribute("lineage", lineage(tally.place()));
		model.addAttribute("canRemind", !viewer.get().readOnly());
		return "reporting/completeness";
	}

	@PostMapping("/reports/completeness/remind")
	String remind(@RequestParam String unit, @RequestParam(required = false) String date,
			@RequestParam(required = false) String jurisdiction, RedirectAttributes redirect, Model model) {
		LocalDate day = parseDate(date);
		try {
			reports.remind(unit, day);
			redirect.addFlashAttribute("reminded", units.find(unit).name());
		}
		catch (BastionException refused) {
			if (refused instanceof NotFoundException) {
				throw refused;
			}
			redirect.addFlashAttribute("remindErrors", PageErrors.of(refused));
		}
		return "redirect:/reports/completeness?jurisdiction=" + (jurisdiction == null ? "" : jurisdiction)
				+ (day == null ? "" : "&date=" + day);
	}

	@GetMapping("/reports/rollup")
	String rollup(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String date,
			Model model) {
		Rollup rollup = rollups.rollup(jurisdiction, parseDate(date));
		model.addAttribute("rollup", rollup);
		model.addAttribute("lineage", lineage(rollup.place()));
		return "reporting/rollup";
	}

	@GetMapping("/reports/settings")
	String settings(Model model) {
		model.addAttribute("settings", windows.settings().reversed());
		model.addAttribute("inForce", windows.inForce());
		model.addAttribute("manualFields", manualFields.active());
		if (!model.containsAttribute("proposed")) {
			ReportCutoff current = windows.inForce();
			model.addAttribute("proposed", new ReportCutoff(windows.current().plusDays(1), current.cutoff(),
					current.villageDeadline(), current.townshipDeadline()));
		}
		return "reporting/settings";
	}

	@PostMapping("/reports/settings")
	String changeSettings(@RequestParam(required = false) String effectiveFrom, @RequestParam(required = false) String cutoff,
			@RequestParam(required = false) String villageDeadline, @RequestParam(required = false) String townshipDeadline,
			Model model, RedirectAttributes redirect) {
		try {
			ReportCutoff change = windows.change(new ReportCutoff(parseDate(effectiveFrom), time("cutoff", cutoff),
					time("villageDeadline", villageDeadline), time("townshipDeadline", townshipDeadline)));
			redirect.addFlashAttribute("saved", change.effectiveFrom());
			return "redirect:/reports/settings";
		}
		catch (InvalidInputException refused) {
			model.addAttribute("settingErrors", PageErrors.of(refused));
			model.addAttribute("proposedText", Map.of("effectiveFrom", text(effectiveFrom), "cutoff", text(cutoff),
					"villageDeadline", text(villageDeadline), "townshipDeadline", text(townshipDeadline)));
			return settings(model);
		}
	}

	@PostMapping("/reports/manual-fields")
	String addManualField(@RequestParam(required = false) String label, Model model) {
		try {
			manualFields.add(label);
			return "redirect:/reports/settings";
		}
		catch (InvalidInputException refused) {
			model.addAttribute("fieldErrors", PageErrors.of(refused));
			return settings(model);
		}
	}

	@PostMapping("/reports/manual-fields/{id}/retire")
	String retireManualField(@PathVariable long id) {
		manualFields.retire(id);
		return "redirect:/reports/settings";
	}

	private DailyReportForm form(MultiValueMap<String, String> fields, boolean zero) {
		Map<Long, Long> manual = new HashMap<>();
		Map<String, Correction> corrections = new HashMap<>();
		List<FieldViolation> problems = new ArrayList<>();
		fields.forEach((name, values) -> {
			String value = values.isEmpty() ? null : values.getFirst();
			if (name.startsWith("manual.") && name.substring(7).matches("\\d{1,18}") && value != null && !value.isBlank()) {
				Long number = number(value);
				if (number == null) {
					problems.add(new FieldViolation("manual[" + name.substring(7) + "]", "number", "report.correction.value.number"));
				}
				else {
					manual.put(Long.valueOf(name.substring(7)), number);
				}
			}
			else if (name.startsWith("reported.") && !zero) {
				String key = name.substring(9);
				String derived = fields.getFirst("derived." + key);
				String reason = fields.getFirst("reason." + key);
				boolean typedValue = value != null && !value.isBlank() && !value.strip().equals(derived);
				if (typedValue || (reason != null && !reason.isBlank())) {
					Long number = value == null || value.isBlank() ? null : number(value);
					if (value != null && !value.isBlank() && number == null) {
						problems.add(new FieldViolation("corrections[" + key + "].value", "number", "report.correction.value.number"));
					}
					else {
						corrections.put(key, new Correction(number, reason));
					}
				}
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return new DailyReportForm(Idempotency.ofForm(fields.getFirst("clientId")), fields.getFirst("unit"),
				parseDate(fields.getFirst("date")), zero, fields.getFirst("reporterName"), fields.getFirst("reporterPhone"),
				fields.getFirst("approver"), fields.getFirst("note"), manual, corrections);
	}

	private static Long number(String text) {
		String digits = text.strip();
		return digits.matches("\\d{1,9}") ? Long.valueOf(digits) : null;
	}

	/** Who reports, filled in from the unit's last submission, or the signed-in person's name for a first one. */
	private record Reporter(String name, String phone, String approver) {
	}

	private Reporter lastReporter(DailyReport report) {
		if (!report.history().isEmpty()) {
			DailyReport.Revision revision = report.history().getFirst();
			return new Reporter(revision.reporterName(), revision.reporterPhone(), revision.approver());
		}
		return reports.lastReporter(report.unit())
			.map(revision -> new Reporter(revision.reporterName(), revision.reporterPhone(), revision.approver()))
			.orElseGet(() -> new Reporter(accountNames.namer(viewer.get().username()).apply(viewer.get().username()),
					null, null));
	}

	private boolean canWrite(ReportUnit unit) {
		return !viewer.get().readOnly() && viewer.get().canSee(unit.path());
	}

	private List<ReportUnit> choices() {
		return jurisdictions.tops().stream().flatMap(top -> units.under(top).stream()).toList();
	}

	private List<Jurisdiction> lineage(Jurisdiction place) {
		return jurisdictions.lineage(place.code()).stream().filter(n -> viewer.get().canSee(n.path())).toList();
	}

	private static LocalDate parseDate(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(new FieldViolation("date", "format", "report.date.format"));
		}
	}

	private static LocalTime time(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(new FieldViolation(field, "format", "report.cutoff.time"));
		}
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}
}
