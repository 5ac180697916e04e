package org.bastion.cases;

import java.util.ArrayList;
import java.util.List;

import org.bastion.shared.ConflictException;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.PageErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case page's contact forms: paste a list, pick from the arrival's contacts, observe them all. */
@Controller
class ContactPageController {

	private static final int MAX_TEXT = 50_000;

	private final Contacts contacts;

	private final CaseDetailPage detail;

	ContactPageController(Contacts contacts, CaseDetailPage detail) {
		this.contacts = contacts;
		this.detail = detail;
	}

	@PostMapping("/cases/{id}/contacts")
	String paste(@PathVariable long id, @RequestParam(required = false) String lines, Model model,
			RedirectAttributes redirect) {
		try {
			if (lines != null && lines.length() > MAX_TEXT) {
				throw new InvalidInputException(new FieldViolation("lines", "size", "contact.batch.size"));
			}
			List<NewContact> rows = ContactLines.parse(lines);
			if (rows.isEmpty()) {
				throw new InvalidInputException(new FieldViolation("lines", "required", "contact.batch.empty"));
			}
			return added(id, contacts.add(id, rows), redirect);
		}
		catch (InvalidInputException | ForbiddenException refused) {
			model.addAttribute("contactErrors", PageErrors.of(refused));
			model.addAttribute("typedLines", lines);
			return detail.show(id, model);
		}
	}

	@PostMapping("/cases/{id}/contacts/pick")
	String pick(@PathVariable long id, @RequestParam(name = "pick", required = false) List<Integer> picked,
			Model model, RedirectAttributes redirect) {
		List<ContactSuggestion> offered = contacts.fromArrivals(id);
		List<NewContact> rows = new ArrayList<>();
		for (Integer i : picked == null ? List.<Integer>of() : picked) {
			if (i != null && i >= 0 && i < offered.size()) {
				ContactSuggestion s = offered.get(i);
				rows.add(new NewContact(s.name(), s.phone(), null, s.relation(), s.arrivalDate()));
			}
		}
		try {
			if (rows.isEmpty()) {
				throw new InvalidInputException(new FieldViolation("pick", "required", "contact.pick.none"));
			}
			return added(id, contacts.add(id, rows), redirect);
		}
		catch (InvalidInputException | ForbiddenException refused) {
			model.addAttribute("pickErrors", PageErrors.of(refused));
			return detail.show(id, model);
		}
	}

	@PostMapping("/cases/{id}/contacts/observe")
	String observe(@PathVariable long id, Model model, RedirectAttributes redirect) {
		try {
			ContactObservationOutcome done = contacts.observeAll(id);
			redirect.addFlashAttribute("observed", done);
			return "redirect:/cases/" + id;
		}
		catch (InvalidInputException | ConflictException | ForbiddenException refused) {
			model.addAttribute("observeErrors", PageErrors.of(refused));
			return detail.show(id, model);
		}
	}

	private static String added(long id, ContactBatchOutcome result, RedirectAttributes redirect) {
		redirect.addFlashAttribute("added", result);
		return "redirect:/cases/" + id;
	}
}
