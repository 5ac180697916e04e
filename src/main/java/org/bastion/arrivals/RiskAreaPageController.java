package org.bastion.arrivals;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.FieldClock;
import org.bastion.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The risk areas page: every designation, and for HQ a form to add one and a button to end one. */
@Controller
class RiskAreaPageController {

	private final RiskAreas riskAreas;

	private final MessageSource messages;

	private final FieldClock clock;

	RiskAreaPageController(RiskAreas riskAreas, MessageSource messages,
			FieldClock clock) {
		this.clock = clock;
		this.riskAreas = riskAreas;
		this.messages = messages;
	}

	@GetMapping("/risk-areas")
	String page(Model model, HttpServletRequest request) {
		model.addAttribute("areas", riskAreas.list());
		model.addAttribute("levels", new RiskLevel[] { RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW });
		model.addAttribute("today", clock.today());
		model.addAttribute("canEdit", request.isUserInRole("SYSTEM_ADMIN") || request.isUserInRole("HQ_STAFF"));
		return "arrivals/risk-areas";
	}

	@PostMapping("/risk-areas")
	String designate(@RequestParam(required = false) String divisionCode, @RequestParam(required = false) String level,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			RedirectAttributes redirect, Locale locale) {
		try {
			RiskLevel chosen = level == null || level.isBlank() ? null : RiskLevel.valueOf(level);
			var outcome = riskAreas.designate(new RiskAreaRequest(divisionCode, chosen, date(from, "from"), date(to, "to")));
			redirect.addFlashAttribute("notice", messages.getMessage("riskArea.saved",
					new Object[] { outcome.area().divisionName(), outcome.arrivalsChanged() }, locale));
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("errors", refused.violations()
				.stream()
				.map(v -> messages.getMessage(v.messageKey(), v.arguments(), locale))
				.toList());
		}
		catch (IllegalArgumentException unknownLevel) {
			redirect.addFlashAttribute("errors", java.util.List.of(messages.getMessage("riskArea.level.required", null, locale)));
		}
		return "redirect:/risk-areas";
	}

	@PostMapping("/risk-areas/{id}/end")
	String end(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		try {
			var outcome = riskAreas.end(id, null);
			redirect.addFlashAttribute("notice", messages.getMessage("riskArea.ended",
					new Object[] { outcome.area().divisionName(), outcome.arrivalsChanged() }, locale));
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("errors", refused.violations()
				.stream()
				.map(v -> messages.getMessage(v.messageKey(), v.arguments(), locale))
				.toList());
		}
		return "redirect:/risk-areas";
	}

	private static LocalDate date(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(new FieldViolation(field, "date", "arrival.form.date"));
		}
	}
}
