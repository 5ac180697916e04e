package org.bastion.observation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.security.Role;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FormErrors;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HQ's settings page of the fever clinics: the list of its area's, one added by name and place, one retired. */
@Controller
class FeverClinicPageController {

	/** Who keeps the list: the service's rule ({@code Roles.HQ}), to offer the form only to them. */
	private static final Set<Role> MANAGERS = EnumSet.of(Role.SYSTEM_ADMIN, Role.HQ_STAFF);

	private final FeverClinics clinics;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	FeverClinicPageController(FeverClinics clinics, Jurisdictions jurisdictions, CurrentViewer viewer) {
		this.clinics = clinics;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
	}

	@GetMapping("/fever-clinics")
	String list(Model model) {
		model.addAttribute("form", new NewFeverClinic(null, null, null, null, UUID.randomUUID().toString()));
		return page(model);
	}

	@PostMapping("/fever-clinics")
	String add(@ModelAttribute("form") NewFeverClinic form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			clinics.add(new NewFeverClinic(form.name(), form.address(), form.phone(), form.jurisdictionCode(),
					Idempotency.ofForm(form.clientId())));
			redirect.addFlashAttribute("notice", "clinic.added");
			return "redirect:/fever-clinics";
		}
		catch (InvalidInputException refused) {
			// Every field refused at once, in the form's summary and beside each field.
			FormErrors.reject(binding, refused);
			return page(model);
		}
	}

	@PostMapping("/fever-clinics/{id}/retire")
	String retire(@PathVariable long id, RedirectAttributes redirect) {
		clinics.retire(id);
		redirect.addFlashAttribute("notice", "clinic.retired");
		return "redirect:/fever-clinics";
	}

	private String page(Model model) {
		boolean manages = MANAGERS.contains(Role.valueOf(viewer.get().role())) && !viewer.get().readOnly();
		model.addAttribute("clinics", clinics.list());
		model.addAttribute("canManage", manages);
		model.addAttribute("places", manages ? places() : List.of());
		return "health/fever-clinics";
	}

	/** The areas a clinic serves, picked by name: the viewer's top places and the townships under them. */
	private List<Jurisdiction> places() {
		List<Jurisdiction> places = new ArrayList<>();
		for (Jurisdiction top : jurisdictions.tops()) {
			places.add(top);
			places.addAll(jurisdictions.children(top.code()));
		}
		return places;
	}
}
