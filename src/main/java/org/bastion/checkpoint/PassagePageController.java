package org.bastion.checkpoint;

import java.time.LocalDate;
import java.util.Locale;

import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.FormErrors;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.Roles;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The roadside pages: the form a volunteer registers the next vehicle with (offline-capable, the empty
 * form again after each save with what was registered), and a checkpoint's passages of a day.
 */
@Controller
class PassagePageController {

	private final Checkpoints checkpoints;

	private final Passages passages;

	private final CurrentViewer viewer;

	private final FieldClock clock;

	private final MessageSource messages;

	PassagePageController(Checkpoints checkpoints, Passages passages, CurrentViewer viewer, FieldClock clock,
			MessageSource messages) {
		this.checkpoints = checkpoints;
		this.passages = passages;
		this.viewer = viewer;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/checkpoints/{id}/passages/new")
	String form(@PathVariable long id, Model model) {
		return form(id, PassageForm.empty(), model);
	}

	@PostMapping("/checkpoints/{id}/passages")
	String register(@PathVariable long id, @ModelAttribute("passage") PassageForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, Locale locale) {
		NewPassage request = form.toRequest(binding);
		if (binding.hasErrors()) {
			// Every mistake at once: the temperatures that are no number, and what the service refuses besides.
			var more = passages.problems(id, request);
			if (!more.isEmpty()) {
				FormErrors.reject(binding, new InvalidInputException(more));
			}
			return form(id, form, model);
		}
		try {
			PassageView stored = passages.register(id, request);
			String what = stored.plate() != null ? stored.plate()
					: messages.getMessage("passage.vehicle." + stored.vehicleType(), null, locale);
			redirect.addFlashAttribute("passageNotice", messages.getMessage(
					stored.replayed() ? "passage.registered.again" : "passage.registered",
					new Object[] { what, stored.occupantCount() }, locale));
			return "redirect:/checkpoints/" + id + "/passages/new";
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(binding, refused);
		}
		catch (ConflictException | ForbiddenException refused) {
			binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
		}
		return form(id, form, model);
	}

	@GetMapping("/checkpoints/{id}/passages")
	String day(@PathVariable long id, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String cursor, Model model) {
		LocalDate day = date == null ? clock.today() : date;
		model.addAttribute("checkpoint", checkpoints.find(id));
		model.addAttribute("day", day);
		model.addAttribute("page", passages.list(id, day, cursor, 100));
		model.addAttribute("stats", passages.stats(id, day));
		model.addAttribute("canRegister", Roles.registersPassages(viewer.get()));
		model.addAttribute("zone", clock.zone());
		return "checkpoints/passages";
	}

	private String form(long id, PassageForm form, Model model) {
		model.addAttribute("checkpoint", checkpoints.find(id));
		model.addAttribute("passage", form);
		model.addAttribute("vehicles", PassageVehicle.values());
		model.addAttribute("outcomes", PassageOutcome.values());
		model.addAttribute("rows", PassageForm.ROWS);
		return "checkpoints/passage";
	}
}
