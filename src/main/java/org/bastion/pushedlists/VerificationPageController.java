package org.bastion.pushedlists;

import java.util.Locale;
import java.util.Map;

import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The grid worker's phone pages: what is left to verify, and one entry with a button per outcome. */
@Controller
class VerificationPageController {

	private final Verifications verifications;

	private final MessageSource messages;

	VerificationPageController(Verifications verifications, MessageSource messages) {
		this.verifications = verifications;
		this.messages = messages;
	}

	@GetMapping("/verification")
	String open(Model model) {
		model.addAttribute("entries", verifications.open());
		return "pushedlists/verification";
	}

	@GetMapping("/verification/{id}")
	String entry(@PathVariable long id, Model model) {
		return show(verifications.find(id), model, null, null);
	}

	@PostMapping("/verification/{id}")
	String verify(@PathVariable long id, Verification submitted, Model model, Locale locale,
			RedirectAttributes redirect) {
		try {
			ListEntryView entry = verifications.verify(id, submitted);
			if (entry.outcome() == VerificationOutcome.NEWLY_FOUND && entry.arrivalId() == null) {
				// Newly found: registering the arrival comes first, the next entry is one tap from there.
				return "redirect:/verification/" + entry.id() + "?saved";
			}
			return next(entry.id(), redirect);
		}
		catch (InvalidInputException refused) {
			Map<String, String> errors = new java.util.LinkedHashMap<>();
			for (FieldViolation v : refused.violations()) {
				errors.put(v.field(), messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale));
			}
			return show(verifications.find(id), model, errors, submitted);
		}
	}

	/** The next entry still to verify, saying how many are left; the list when none is. */
	@GetMapping("/verification/{id}/next")
	String next(@PathVariable long id, RedirectAttributes redirect) {
		Verifications.NextEntry next = verifications.next(id);
		redirect.addFlashAttribute("verifiedLeft", next.left());
		return next.entryId() == null ? "redirect:/verification" : "redirect:/verification/" + next.entryId();
	}

	private String show(ListEntryView entry, Model model, Map<String, String> errors, Verification submitted) {
		model.addAttribute("entry", entry);
		model.addAttribute("errors", errors);
		model.addAttribute("outcomes", VerificationOutcome.values());
		model.addAttribute("routes", VerificationRoute.values());
		model.addAttribute("chosenOutcome", submitted != null ? submitted.outcome() : entry.outcome());
		model.addAttribute("chosenRoute", submitted != null ? submitted.route() : entry.route());
		model.addAttribute("note", submitted != null ? submitted.note() : entry.note());
		// A refused form keeps its id: the phone's field queue recognises its entry on the page shown again.
		String clientId = submitted == null ? null : Idempotency.ofForm(submitted.clientId());
		model.addAttribute("clientId", clientId != null ? clientId : java.util.UUID.randomUUID().toString());
		return "pushedlists/entry";
	}
}
