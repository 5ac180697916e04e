package org.bastion.observation;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.bastion.observation.AlertView.AlertAction;
import org.bastion.observation.Alerts.AlertClosing;
import org.bastion.observation.Alerts.AlertReferral;
import org.bastion.people.People;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FormErrors;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.Slice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Open alerts for the monitor and their township, each closed with what was done. */
@Controller
class AlertPageController {

	private final Alerts alerts;

	private final CurrentViewer viewer;

	private final FieldClock clock;

	private final FeverClinics clinics;

	private final People people;

	AlertPageController(Alerts alerts, CurrentViewer viewer, FieldClock clock, FeverClinics clinics, People people) {
		this.alerts = alerts;
		this.viewer = viewer;
		this.clock = clock;
		this.clinics = clinics;
		this.people = people;
	}

	@GetMapping("/alerts")
	String list(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String cursor,
			Model model) {
		model.addAttribute("jurisdiction", jurisdiction == null ? "" : jurisdiction);
		Slice<AlertView> results;
		try {
			results = alerts.list("OPEN", jurisdiction, cursor, 50);
		}
		catch (InvalidInputException | NotFoundException refused) {
			results = new Slice<>(List.of(), null);
			model.addAttribute("filterError", true);
		}
		model.addAttribute("results", results);
		// The address beside each alert; the phone to call is on the alert's own page, which is audited.
		model.addAttribute("persons", people.viewsOf(results.items().stream().map(AlertView::personId).toList()));
		model.addAttribute("actions", AlertAction.values());
		model.addAttribute("zone", clock.zone());
		model.addAttribute("canWrite", !viewer.get().readOnly());
		return "health/alerts";
	}

	/** One alert as the next step needs it: the person's phone to call, the address, the monitor, the clinics. */
	@GetMapping("/alerts/{id}")
	String alert(@PathVariable long id, Model model) {
		AlertView alert = alerts.find(id);
		return alertPage(alert, model);
	}

	/** The referral as the alert's page sends it: the clinic picked (an id, as typed) and a note. */
	record ReferralForm(String clinicId, String note) {

		Long clinic() {
			try {
				return clinicId == null || clinicId.isBlank() ? null : Long.valueOf(clinicId.strip());
			}
			catch (NumberFormatException notAnId) {
				// The service refuses a missing clinic, naming the field, with the words the worker needs.
				return null;
			}
		}
	}

	@PostMapping("/alerts/{id}/referral")
	String refer(@PathVariable long id, @ModelAttribute("referral") ReferralForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			alerts.refer(id, new AlertReferral(form.clinic(), form.note()));
			redirect.addFlashAttribute("notice", "alert.referred.notice");
			return "redirect:/alerts/" + id;
		}
		catch (ConflictException closed) {
			redirect.addFlashAttribute("notice", "alert.closed");
			return "redirect:/alerts/" + id;
		}
		catch (InvalidInputException refused) {
			// Every rule broken at once, in the form's summary and beside each field.
			FormErrors.reject(binding, refused);
			return alertPage(alerts.find(id), model);
		}
	}

	/**
	 * The open alerts' count for the navigation's badge, asked every few seconds: one indexed count. When it is
	 * not the count the page showed ({@code had}), the answer tells the page so, for the parts that follow it.
	 */
	@GetMapping("/alerts/badge")
	String badge(@RequestParam(required = false) Long had, Model model, HttpServletResponse response) {
		long open = alerts.countOpen();
		model.addAttribute("alertCount", open);
		if (had != null && had != open) {
			response.setHeader("HX-Trigger", "alerts-changed");
		}
		return "layout :: alertsLive";
	}

	private String alertPage(AlertView alert, Model model) {
		model.addAttribute("alert", alert);
		model.addAttribute("person", people.viewsOf(List.of(alert.personId())).get(alert.personId()));
		model.addAttribute("clinics", alert.open() ? clinics.serving(alerts.placeOf(alert.id())) : List.of());
		model.addAttribute("zone", clock.zone());
		model.addAttribute("canWrite", alert.open() && !viewer.get().readOnly());
		if (!model.containsAttribute("referral")) {
			model.addAttribute("referral", new ReferralForm(null, null));
		}
		return "health/alert";
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
		// Every mistake at once, in the alert's own summary on the list.
		List<String> mistakes = new java.util.ArrayList<>();
		if (chosen == null) {
			mistakes.add("alert.action.required");
		}
		if (note == null || note.isBlank()) {
			mistakes.add("alert.note.required");
		}
		else if (note.length() > 500) {
			mistakes.add("alert.note.size");
		}
		if (!mistakes.isEmpty()) {
			redirect.addFlashAttribute("closeError", id);
			redirect.addFlashAttribute("closeErrors", mistakes);
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
