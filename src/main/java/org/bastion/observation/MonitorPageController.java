package org.bastion.observation;

import java.util.List;

import jakarta.validation.Valid;
import org.bastion.shared.ConflictException;
import org.bastion.shared.FormErrors;
import org.bastion.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The monitor's phone: today's persons, one tap to enter a temperature, back to the list. */
@Controller
class MonitorPageController {

	private static final int MISSED_ON_PAGE = 50;

	private final MonitorLists lists;

	private final Observations observations;

	private final HealthChecks checks;

	MonitorPageController(MonitorLists lists, Observations observations, HealthChecks checks) {
		this.lists = lists;
		this.observations = observations;
		this.checks = checks;
	}

	@GetMapping("/observations/today")
	String today(Model model) {
		var items = lists.mine();
		model.addAttribute("checking", items.stream().filter(i -> !i.dueForRelease()).toList());
		model.addAttribute("due", items.stream().filter(i -> i.dueForRelease()).toList());
		var missed = lists.missed(null, null, false);
		model.addAttribute("missedCount", missed.size());
		// A county's list would outweigh a phone's page; the order list and the API have the rest.
		model.addAttribute("missed", missed.subList(0, Math.min(missed.size(), MISSED_ON_PAGE)));
		model.addAttribute("today", observations.today());
		return "health/today";
	}

	/**
	 * The check form, its slot set to {@code slot} when that one may be picked (a tap on a missed slot of the
	 * order's page), else to the slot open now, else to none: the worker picks.
	 */
	@GetMapping("/observations/{id}/check")
	String checkForm(@PathVariable long id, @RequestParam(required = false) String slot, Model model) {
		List<CheckPolicy.SlotChoice> choices = checks.choices(id);
		String chosen = choices.stream().map(CheckPolicy.SlotChoice::value).filter(v -> v.equals(slot)).findFirst()
			.orElse(choices.stream().filter(c -> !c.late()).map(CheckPolicy.SlotChoice::value).findFirst().orElse(null));
		model.addAttribute("check", CheckForm.blank(observations.today(), chosen));
		model.addAttribute("choices", choices);
		return checkPage(id, model);
	}

	@PostMapping("/observations/{id}/check")
	String record(@PathVariable long id, @Valid @ModelAttribute("check") CheckForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		NewCheck check = form.toCheck(binding);
		if (binding.hasErrors()) {
			// Every mistake at once: the order's own rules beside what the form itself could not read.
			ObservationView order = observations.find(id);
			try {
				CheckPolicy.check(new ObservationPeriod(order.startDate(), order.periodDays()), order.windows().size(),
						check.date(), check.slot(), check.temperature(), check.symptoms(), observations.today());
			}
			catch (InvalidInputException more) {
				FormErrors.reject(binding, more);
			}
			if (check.date() != null && !binding.hasFieldErrors("date") && !binding.hasFieldErrors("slot")) {
				checks.slotRefusal(id, check.date(), check.slot(), check.time())
					.ifPresent(refused -> FormErrors.reject(binding, new InvalidInputException(refused)));
			}
			return checkPage(id, model);
		}
		try {
			var recorded = checks.record(id, check);
			redirect.addFlashAttribute("notice", recorded.alertId() != null ? "check.saved.alert"
					: recorded.late() ? "check.saved.late" : "check.saved");
			redirect.addFlashAttribute("noticeName", observations.find(id).personName());
			return "redirect:/observations/today";
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(binding, refused);
			return checkPage(id, model);
		}
		catch (ConflictException released) {
			binding.reject(released.messageKey(), released.arguments(), released.messageKey());
			return checkPage(id, model);
		}
	}

	private String checkPage(long id, Model model) {
		if (!model.containsAttribute("choices")) {
			model.addAttribute("choices", checks.choices(id));
		}
		model.addAttribute("order", observations.find(id));
		model.addAttribute("symptomChoices", List.of(Symptom.values()));
		return "health/check";
	}
}
