package org.bastion.observation;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.bastion.observation.SelfReports.SelfReportLimitReached;
import org.bastion.shared.ConflictException;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The observed person's own page behind their link: no account, today's temperature and symptoms. */
@Controller
class SelfReportController {

	private final SelfReports reports;

	SelfReportController(SelfReports reports) {
		this.reports = reports;
	}

	@GetMapping("/self-report/{token}")
	String page(@PathVariable String token, Model model) {
		return page(token, model, null);
	}

	@PostMapping("/self-report/{token}")
	String report(@PathVariable String token, @ModelAttribute("check") CheckForm form,
			@RequestParam(required = false) List<String> symptoms, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		var binding = new BeanPropertyBindingResult(form, "check");
		var temperature = form.parsedTemperature(binding);
		try {
			if (binding.hasErrors()) {
				throw new InvalidInputException(new FieldViolation("temperature", "number", "check.temperature.number"));
			}
			var picked = form.picked(null, binding);
			if (binding.hasErrors()) {
				throw new InvalidInputException(new FieldViolation("slot", "required", "check.slot.required"));
			}
			var recorded = reports.report(token, picked.date(), picked.slot(), temperature, symptoms == null ? List.of() : symptoms,
					form.clientId());
			redirect.addFlashAttribute("notice", recorded.alertId() == null ? "selfReport.saved" : "selfReport.saved.alert");
			return "redirect:/self-report/" + token;
		}
		catch (InvalidInputException invalid) {
			model.addAttribute("errors", invalid.violations().stream().map(FieldViolation::messageKey).toList());
			model.addAttribute("errorArgs", invalid.violations().stream().map(FieldViolation::arguments).toList());
		}
		catch (ConflictException | SelfReportLimitReached refused) {
			if (refused instanceof SelfReportLimitReached) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			}
			else {
				response.setStatus(HttpStatus.CONFLICT.value());
			}
			model.addAttribute("errors", List.of(refused.messageKey()));
			model.addAttribute("errorArgs", java.util.Collections.singletonList(refused.arguments()));
		}
		return page(token, model, form);
	}

	private String page(String token, Model model, CheckForm form) {
		var view = reports.view(token);
		model.addAttribute("self", view);
		model.addAttribute("token", token);
		String openNow = view.choices().stream().filter(c -> !c.late()).map(CheckPolicy.SlotChoice::value)
			.findFirst().orElse(null);
		model.addAttribute("check", form == null ? CheckForm.blank(view.today(), openNow) : form);
		model.addAttribute("symptomChoices", List.of(Symptom.values()));
		return "health/self-report";
	}
}
