package org.bastion.people;

import java.util.Locale;

import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The household page and its forms. A refused change comes back to the page as a message at the top
 * (the forms are one field each); not found and forbidden go to the error page like everywhere else.
 */
@Controller
class HouseholdPageController {

	private final Households households;

	private final CurrentViewer viewer;

	private final MessageSource messages;

	HouseholdPageController(Households households, CurrentViewer viewer, MessageSource messages) {
		this.households = households;
		this.viewer = viewer;
		this.messages = messages;
	}

	@GetMapping("/households/{id}")
	String household(@PathVariable long id, Model model) {
		HouseholdView household = households.find(id);
		model.addAttribute("household", household);
		model.addAttribute("relations", Relation.values());
		model.addAttribute("canWrite", !viewer.get().readOnly());
		return "people/household";
	}

	/** From a person's page: a new household at their place and address, with them as its head. */
	@PostMapping("/households")
	String create(@RequestParam String jurisdictionCode, @RequestParam(required = false) String address,
			@RequestParam(required = false) Long headPersonId, RedirectAttributes redirect, Locale locale) {
		try {
			HouseholdView created = households.create(new NewHousehold(jurisdictionCode, address, headPersonId));
			redirect.addFlashAttribute("notice", "household.created");
			return "redirect:/households/" + created.id();
		}
		catch (InvalidInputException | ConflictException refused) {
			redirect.addFlashAttribute("problem", message(refused, locale));
			return headPersonId == null ? "redirect:/people" : "redirect:/people/" + headPersonId;
		}
	}

	@PostMapping("/households/{id}/members")
	String addMember(@PathVariable long id, @RequestParam(required = false) String personId,
			@RequestParam(required = false) String relation, RedirectAttributes redirect, Locale locale) {
		return change(id, redirect, locale, () -> {
			Long person = parseId(personId);
			households.addMember(id, person, parseRelation(relation));
		});
	}

	@PostMapping("/households/{id}/members/{personId}/remove")
	String removeMember(@PathVariable long id, @PathVariable long personId, RedirectAttributes redirect,
			Locale locale) {
		return change(id, redirect, locale, () -> households.removeMember(id, personId));
	}

	@PostMapping("/households/{id}/head")
	String setHead(@PathVariable long id, @RequestParam(required = false) String personId,
			RedirectAttributes redirect, Locale locale) {
		return change(id, redirect, locale, () -> households.setHead(id, parseId(personId)));
	}

	private String change(long id, RedirectAttributes redirect, Locale locale, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", "household.saved");
		}
		catch (InvalidInputException | ConflictException refused) {
			redirect.addFlashAttribute("problem", message(refused, locale));
		}
		return "redirect:/households/" + id;
	}

	private static Long parseId(String text) {
		try {
			return Long.valueOf(text == null ? "" : text.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(new org.bastion.shared.FieldViolation("personId", "type",
					"household.personId.required"));
		}
	}

	private static Relation parseRelation(String text) {
		if (text == null || text.isBlank()) {
			return Relation.OTHER;
		}
		try {
			return Relation.valueOf(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(new org.bastion.shared.FieldViolation("relation", "choice",
					"person.form.unknownChoice"));
		}
	}

	private String message(RuntimeException refused, Locale locale) {
		if (refused instanceof InvalidInputException invalid && !invalid.violations().isEmpty()) {
			var first = invalid.violations().getFirst();
			return messages.getMessage(first.messageKey(), first.arguments(), first.messageKey(), locale);
		}
		var conflict = (ConflictException) refused;
		return messages.getMessage(conflict.messageKey(), conflict.arguments(), conflict.messageKey(), locale);
	}
}
