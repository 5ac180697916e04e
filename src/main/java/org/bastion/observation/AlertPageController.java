package org.bastion.observation;

import java.util.List;

import org.bastion.observation.AlertView.AlertAction;
import org.bastion.observation.Alerts.AlertClosing;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.Slice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Open alerts for the monitor and their township, each closed with what was done. */
@Controller
class AlertPageController {

	private final Alerts alerts;

	private final CurrentViewer viewer;

	private final FieldClock clock;

	AlertPageController(Alerts alerts, CurrentViewer viewer,
			FieldClock clock) {
		this.alerts = alerts;
		this.viewer = viewer;
		this.clock = clock;
	}

	@GetMapping("/alerts")
	String list(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String cursor,
			Model model) {
		model.addAttribute("jurisdiction", jurisdiction == null ? "" : jurisdiction);
		try {
			model.addAttribute("results", alerts.list("OPEN", jurisdiction, cursor, 50));
		}
		catch (InvalidInputException | NotFoundException refused) {
			model.addAttribute("results", new Slice<AlertView>(List.of(), null));
			model.addAttribute("filterError", true);
		}
		model.addAttribute("actions", AlertAction.values());
		model.addAttribute("zone", clock.zone());
		model.addAttribute("canWrite", !viewer.get().readOnly());
		return "health/alerts";
	}

	@PostMapping("/alerts/{id}/close")
	String close(@PathVariable long id, @RequestParam(required = false) String action,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		AlertAction chosen = null;
		try {
			chosen = action == null ? null : AlertAction.valueOf(action);
		}
		catch (IllegalArgumentException unknown) {
			chosen = null;
		}
		if (chosen == null || note == null || note.isBlank() || note.length() > 500) {
			redirect.addFlashAttribute("closeError", id);
			return "redirect:/alerts";
		}
		try {
			alerts.close(id, new AlertClosing(chosen, note));
			redirect.addFlashAttribute("notice", "alert.closed.notice");
		}
		catch (ConflictException closed) {
			redirect.addFlashAttribute("notice", "alert.closed");
		}
		return "redirect:/alerts";
	}
}
