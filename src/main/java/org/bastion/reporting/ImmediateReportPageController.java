package org.bastion.reporting;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.security.Role;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FormErrors;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.PageErrors;
import org.bastion.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The immediate reports' pages: the list with the form for a new one, and a report with its acknowledgement. */
@Controller
class ImmediateReportPageController {

	/** Places offered in the form: the viewer's area and two levels below it, while they are few. */
	private static final int MAX_PLACE_CHOICES = 300;

	private final ImmediateReports reports;

	private final Jurisdictions jurisdictions;

	private final PlaceChoices places;

	private final CurrentViewer viewer;

	private final FieldClock clock;

	ImmediateReportPageController(ImmediateReports reports, Jurisdictions jurisdictions, PlaceChoices places,
			CurrentViewer viewer, FieldClock clock) {
		this.reports = reports;
		this.jurisdictions = jurisdictions;
		this.places = places;
		this.viewer = viewer;
		this.clock = clock;
	}

	@GetMapping("/reports/immediate")
	String list(@RequestParam(defaultValue = "false") boolean open, @RequestParam(required = false) String cursor,
			Model model) {
		List<Jurisdiction> tops = jurisdictions.tops();
		model.addAttribute("report", ImmediateReportForm.blank(clock.dateTime(),
				tops.size() == 1 ? tops.getFirst().code() : null, reports.reporterPhone()));
		return listPage(open, cursor, model);
	}

	@PostMapping("/reports/immediate")
	String file(@Valid @ModelAttribute("report") ImmediateReportForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return listPage(false, null, model);
		}
		NewImmediateReport request = form.toReport(binding);
		if (binding.hasErrors()) {
			return listPage(false, null, model);
		}
		try {
			ImmediateReportView filed = reports.file(request.withClientId(Idempotency.ofForm(form.clientId())));
			redirect.addFlashAttribute("notice", "immediate.filed");
			return "redirect:/reports/immediate/" + filed.id();
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(binding, refused);
			return listPage(false, null, model);
		}
	}

	@GetMapping("/reports/immediate/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("item", reports.find(id));
		model.addAttribute("canAcknowledge", ImmediateReportPolicy.ACKNOWLEDGERS.contains(role(viewer.get())));
		return "reporting/immediate-report";
	}

	@PostMapping("/reports/immediate/{id}/acknowledgement")
	String acknowledge(@PathVariable long id, @RequestParam(required = false) String note, Model model,
			RedirectAttributes redirect) {
		try {
			reports.acknowledge(id, note);
		}
		catch (ConflictException | InvalidInputException refused) {
			model.addAttribute("acknowledgeErrors", PageErrors.of(refused));
			return show(id, model);
		}
		redirect.addFlashAttribute("notice", "immediate.acknowledged.done");
		return "redirect:/reports/immediate/" + id;
	}

	private String listPage(boolean open, String cursor, Model model) {
		Viewer me = viewer.get();
		model.addAttribute("open", open);
		model.addAttribute("results", reports.list(null, open, cursor, null));
		model.addAttribute("canFile", ImmediateReportPolicy.REPORTERS.contains(role(me)));
		model.addAttribute("kinds", ImmediateReportKind.values());
		model.addAttribute("places", places.twoLevelsDown(MAX_PLACE_CHOICES));
		return "reporting/immediate-reports";
	}



	private static Role role(Viewer viewer) {
		return Role.valueOf(viewer.role());
	}
}
