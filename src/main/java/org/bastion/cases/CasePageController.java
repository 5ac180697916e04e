package org.bastion.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.shared.BastionException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.PageErrors;
import org.bastion.shared.Slice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case pages: the list with the last days' counts, a new case, and a case's status. */
@Controller
class CasePageController {

	private static final int DAILY_DAYS = 7;

	private final Cases cases;

	private final People people;

	private final CurrentViewer viewer;

	private final CaseDetailPage detail;

	CasePageController(Cases cases, People people, CurrentViewer viewer, CaseDetailPage detail) {
		this.cases = cases;
		this.people = people;
		this.viewer = viewer;
		this.detail = detail;
	}

	@GetMapping("/cases")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) String cursor, Model model) {
		CaseStatus wanted = parseStatus(status);
		// A place inside the viewer's area, as the dashboard's numbers open it; blank is the whole area.
		String place = jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.strip();
		model.addAttribute("status", wanted);
		model.addAttribute("jurisdiction", place);
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("results", cases.list(place, wanted, cursor, null));
		LocalDate today = cases.today();
		model.addAttribute("daily", cases.daily(place, today.minusDays(DAILY_DAYS - 1L), today));
		model.addAttribute("canWrite", !viewer.get().readOnly());
		return "health/cases/list";
	}

	@GetMapping("/cases/new")
	String form(Model model) {
		model.addAttribute("today", cases.today());
		model.addAttribute("clientId", UUID.randomUUID().toString());
		model.addAttribute("initial", List.of(CaseStatus.SUSPECTED, CaseStatus.CONFIRMED, CaseStatus.ASYMPTOMATIC));
		return "health/cases/form";
	}

	@PostMapping("/cases")
	String create(CaseForm typed, Model model) {
		List<FieldViolation> violations = new ArrayList<>();
		PersonView person = person(typed.idNumber(), violations);
		CaseStatus chosen = parseStatus(typed.status());
		if (chosen == null) {
			violations.add(new FieldViolation("status", "required", "case.status.required"));
		}
		LocalDate onset = date(typed.onsetDate(), "onsetDate", violations);
		LocalDate confirmed = date(typed.confirmedDate(), "confirmedDate", violations);
		String hospital = typed.hospital();
		if (hospital != null && hospital.length() > 100) {
			violations.add(new FieldViolation("hospital", "size", "case.hospital.size"));
		}
		try {
			if (!violations.isEmpty()) {
				throw new InvalidInputException(violations);
			}
			CaseView created = cases.create(new NewCase(person.id(), chosen, onset, confirmed, hospital,
					Idempotency.ofForm(typed.clientId())));
			return "redirect:/cases/" + created.id();
		}
		catch (InvalidInputException | org.bastion.shared.ConflictException refused) {
			model.addAttribute("errors", PageErrors.of(refused));
			if (refused instanceof org.bastion.shared.ConflictException conflict && conflict.existing() instanceof CaseView c) {
				model.addAttribute("existing", c);
			}
			model.addAttribute("typed", new String[] { typed.idNumber(), typed.status(), typed.onsetDate(),
					typed.confirmedDate(), hospital });
			return form(model);
		}
	}

	@GetMapping("/cases/{id}")
	String show(@PathVariable long id, Model model) {
		return detail.show(id, model);
	}

	@PostMapping("/cases/{id}/status")
	String changeStatus(@PathVariable long id, @RequestParam(required = false) String status,
			@RequestParam(required = false) String date, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect) {
		List<FieldViolation> violations = new ArrayList<>();
		CaseStatus to = parseStatus(status);
		if (to == null) {
			violations.add(new FieldViolation("status", "required", "case.status.required"));
		}
		LocalDate day = date(date, "date", violations);
		try {
			if (!violations.isEmpty()) {
				throw new InvalidInputException(violations);
			}
			cases.changeStatus(id, new CaseStatusChange(to, day, note == null || note.length() > 200 ? null : note));
		}
		catch (BastionException refused) {
			if (refused instanceof NotFoundException) {
				throw refused;
			}
			model.addAttribute("statusErrors", PageErrors.of(refused));
			return detail.show(id, model);
		}
		redirect.addFlashAttribute("notice", "case.status.changed");
		return "redirect:/cases/" + id;
	}

	/** The person with this ID number in the viewer's area. */
	private PersonView person(String idNumber, List<FieldViolation> violations) {
		if (idNumber == null || idNumber.isBlank() || idNumber.length() > 40) {
			violations.add(new FieldViolation("idNumber", "required", "case.idNumber.required"));
			return null;
		}
		Slice<PersonView> found = people.search(idNumber.strip(), null, null, 2);
		if (found.items().size() != 1) {
			violations.add(new FieldViolation("idNumber", "exists", "case.idNumber.unknown"));
			return null;
		}
		return found.items().get(0);
	}

	private static CaseStatus parseStatus(String status) {
		try {
			return status == null || status.isBlank() ? null : CaseStatus.valueOf(status.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	static LocalDate date(String text, String field, List<FieldViolation> violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			violations.add(new FieldViolation(field, "shape", "case.date.shape"));
			return null;
		}
	}
}
