package org.bastion.checkin;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.bastion.observation.Symptom;
import org.bastion.people.DocumentType;
import org.bastion.people.NewPerson;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.shared.BastionException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.PageErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The check-in pages: the units, and a unit's page where staff pick a member and enter the check-in,
 * watch who has not checked in, record reminders and close alerts.
 */
@Controller
class CheckInPageController {

	private final StaffUnits units;

	private final CheckIns checkIns;

	private final People people;

	private final CurrentViewer viewer;

	CheckInPageController(StaffUnits units, CheckIns checkIns, People people, CurrentViewer viewer) {
		this.units = units;
		this.checkIns = checkIns;
		this.people = people;
		this.viewer = viewer;
	}

	@GetMapping("/checkins")
	String list(Model model) {
		model.addAttribute("units", units.list());
		model.addAttribute("canWrite", !viewer.get().readOnly());
		model.addAttribute("place", viewer.get().scope().leafCode());
		return "health/checkins/list";
	}

	@PostMapping("/checkins")
	String create(@RequestParam(required = false) String name, @RequestParam(required = false) String jurisdictionCode,
			@RequestParam(required = false) String checksPerDay, Model model) {
		try {
			int perDay = checksPerDay == null || !checksPerDay.matches("[1-3]") ? 0 : Integer.parseInt(checksPerDay);
			if (name == null || name.isBlank() || name.length() > 100 || perDay == 0 || jurisdictionCode == null
					|| !jurisdictionCode.strip().matches("[0-9A-Za-z]{1,24}")) {
				throw new InvalidInputException(new FieldViolation("unit", "required", "checkin.unit.invalid"));
			}
			StaffUnitView unit = units.create(new NewStaffUnit(name, jurisdictionCode.strip(), perDay, null));
			return "redirect:/checkins/" + unit.id();
		}
		catch (InvalidInputException | NotFoundException refused) {
			model.addAttribute("errors", PageErrors.of(refused));
			return list(model);
		}
	}

	@GetMapping("/checkins/{id}")
	String unit(@PathVariable long id, Model model) {
		StaffUnitView unit = units.find(id);
		var missing = checkIns.missing(id);
		model.addAttribute("unit", unit);
		model.addAttribute("missing", missing);
		// Those still to check in come first: the one staff most likely pick next.
		java.util.Set<Long> waiting = new java.util.HashSet<>();
		missing.missing().forEach(m -> waiting.add(m.personId()));
		List<StaffUnitMember> choices = new java.util.ArrayList<>(unit.members());
		choices.sort(java.util.Comparator.comparing(m -> !waiting.contains(m.personId())));
		model.addAttribute("memberChoices", choices);
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		unit.members().forEach(m -> names.put(m.personId(), m.personName()));
		model.addAttribute("names", names);
		model.addAttribute("entries", checkIns.today(id));
		model.addAttribute("alerts", checkIns.alerts(id, true));
		model.addAttribute("symptoms", Symptom.values());
		model.addAttribute("clientId", UUID.randomUUID().toString());
		model.addAttribute("canWrite", !viewer.get().readOnly());
		return "health/checkins/unit";
	}

	@GetMapping("/checkins/{id}/missing")
	String missing(@PathVariable long id, Model model) {
		model.addAttribute("unit", units.find(id));
		model.addAttribute("missing", checkIns.missing(id));
		model.addAttribute("canWrite", !viewer.get().readOnly());
		return "health/checkins/unit :: missing";
	}

	@PostMapping("/checkins/{id}/checkin")
	String checkIn(@PathVariable long id, @RequestParam(required = false) String personId,
			@RequestParam(required = false) String temperature,
			@RequestParam(name = "symptoms", required = false) List<String> symptoms,
			@RequestParam(required = false) String clientId, Model model, RedirectAttributes redirect) {
		try {
			Long person = personId == null || !personId.matches("\\d{1,18}") ? null : Long.valueOf(personId);
			BigDecimal value = temperature == null || !temperature.strip().matches("\\d{1,2}(\\.\\d{1,2})?") ? null
					: new BigDecimal(temperature.strip());
			if (person == null || value == null) {
				throw new InvalidInputException(new FieldViolation(person == null ? "personId" : "temperature", "required",
						person == null ? "checkin.personId.required" : "check.temperature.required"));
			}
			var entry = checkIns.record(id, new NewCheckIn(person, value, symptoms,
					Idempotency.ofForm(clientId)));
			redirect.addFlashAttribute("recorded", entry.abnormal() ? "checkin.recorded.abnormal" : "checkin.recorded");
			return "redirect:/checkins/" + id;
		}
		catch (InvalidInputException refused) {
			model.addAttribute("checkinErrors", PageErrors.of(refused));
			return unit(id, model);
		}
	}

	@PostMapping("/checkins/{id}/remind")
	String remind(@PathVariable long id, RedirectAttributes redirect) {
		int reminded = checkIns.remind(id).missing().size();
		redirect.addFlashAttribute("reminded", reminded);
		return "redirect:/checkins/" + id;
	}

	@PostMapping("/checkins/{id}/members")
	String addMember(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String idNumber, @RequestParam(required = false) String phone, Model model,
			RedirectAttributes redirect) {
		StaffUnitView unit = units.find(id);
		try {
			if (name == null || name.isBlank() || name.length() > 50 || (idNumber != null && idNumber.length() > 40)
					|| (phone != null && phone.length() > 24)) {
				throw new InvalidInputException(new FieldViolation("name", "required", "checkin.member.invalid"));
			}
			String number = blankToNull(idNumber);
			// Staff without an ID number at hand are registered without a document, as contacts are.
			PersonView person = people.findOrRegister(new NewPerson(number, name.strip(), blankToNull(phone),
					unit.jurisdictionCode(), null, null, null, number == null ? DocumentType.NONE : null, null, null, null,
					java.util.Set.of(), null));
			units.addMember(id, person.id());
			return "redirect:/checkins/" + id;
		}
		catch (InvalidInputException | NotFoundException refused) {
			model.addAttribute("memberErrors", PageErrors.of(refused));
			return unit(id, model);
		}
	}

	@PostMapping("/checkin-alerts/{id}/close")
	String closeAlert(@PathVariable long id, @RequestParam long unitId, @RequestParam(required = false) String note,
			Model model) {
		try {
			checkIns.closeAlert(id, note);
			return "redirect:/checkins/" + unitId;
		}
		catch (BastionException refused) {
			if (refused instanceof NotFoundException) {
				throw refused;
			}
			model.addAttribute("alertErrors", PageErrors.of(refused));
			return unit(unitId, model);
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
