package org.bastion.jurisdiction;

import java.util.List;
import java.util.Locale;

import org.bastion.jurisdiction.Divisions.Division;
import org.bastion.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The national catalogue as a page, and its matches as an htmx fragment for any form that needs
 * an origin picked by name or code.
 */
@Controller
class DivisionPageController {

	private static final int LIMIT = 30;

	private final Divisions divisions;

	private final MessageSource messages;

	DivisionPageController(Divisions divisions, MessageSource messages) {
		this.divisions = divisions;
		this.messages = messages;
	}

	@GetMapping("/divisions")
	String page(@RequestParam(required = false) String q, Model model, Locale locale) {
		search(q, model, locale);
		return "jurisdictions/divisions";
	}

	/** Only the list of matches, to be swapped into a page by htmx. */
	@GetMapping("/divisions/search")
	String fragment(@RequestParam(required = false) String q, Model model, Locale locale) {
		search(q, model, locale);
		return "jurisdictions/divisions :: results";
	}

	private void search(String q, Model model, Locale locale) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("searched", q != null && !q.isBlank());
		List<Division> results = List.of();
		try {
			results = divisions.search(JurisdictionApiController.query(q), LIMIT);
		}
		catch (InvalidInputException refused) {
			var violation = refused.violations().getFirst();
			model.addAttribute("searchError", messages.getMessage(violation.messageKey(), violation.arguments(), locale));
		}
		model.addAttribute("divisions", results);
	}
}
