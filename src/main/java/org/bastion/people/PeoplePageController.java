package org.bastion.people;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FormErrors;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.Masking;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Slice;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The people pages: search, register, a person's page, edit, reveal. */
@Controller
class PeoplePageController {

	private static final String FORM = "people/form";

	private final People people;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final MessageSource messages;

	PeoplePageController(People people, Jurisdictions jurisdictions, CurrentViewer viewer, MessageSource messages) {
		this.people = people;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.messages = messages;
	}

	@GetMapping("/people")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
			HtmxRequest htmx, Model model, Locale locale) {
		model.addAttribute("q", q == null ? "" : q);
		try {
			Slice<PersonView> results = people.search(q, null, cursor, PageRequest.DEFAULT_SIZE);
			model.addAttribute("results", results);
		}
		catch (InvalidInputException refused) {
			model.addAttribute("results", new Slice<PersonView>(List.of(), null));
			model.addAttribute("searchError", messages.getMessage(refused.violations().getFirst().messageKey(),
					refused.violations().getFirst().arguments(), locale));
		}
		model.addAttribute("tooShort", People.tooShort(q));
		model.addAttribute("canWrite", !viewer.get().readOnly());
		// htmx asks for the next page only: its cards and a new "more" link replace the old link.
		return htmx.isHtmxRequest() && cursor != null ? "people/search :: page" : "people/search";
	}

	@GetMapping("/people/new")
	String registrationForm(Model model) {
		model.addAttribute("person", PersonForm.blank(viewer.get().scope().leafCode()));
		return form(model, false, null);
	}

	@PostMapping("/people")
	String register(@Valid @ModelAttribute("person") PersonForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		// Every mistake at once: what the form itself refused, and what registration would refuse besides.
		var request = form.toNewPerson(binding);
		if (binding.hasErrors()) {
			var more = people.problems(request);
			if (!more.isEmpty()) {
				FormErrors.reject(binding, new InvalidInputException(more));
			}
			return form(model, false, null);
		}
		try {
			Registration registration = people.register(request);
			redirect.addFlashAttribute("notice", registration.replayed() ? "person.registered.again" : "person.registered");
			redirect.addFlashAttribute("warnings", registration.warnings());
			return "redirect:/people/" + registration.person().id();
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(binding, refused);
			return form(model, false, null);
		}
		catch (ConflictException conflict) {
			model.addAttribute("conflict", conflict.messageKey());
			model.addAttribute("existing", conflict.existing());
			return form(model, false, null);
		}
	}

	/**
	 * Who holds the ID number being typed on a form, as a fragment beside the field: a person of the
	 * viewer's area with their name, masked ID number and village (the arrival form fills in their name and
	 * phone); the question "which is right?" when the typed name is another; only "registered elsewhere"
	 * for a person outside the area; nothing for a number nobody holds. Scoped and audited by
	 * {@link People#identify}.
	 */
	@GetMapping("/people/lookup")
	String lookup(@RequestParam(required = false) String idNumber, @RequestParam(required = false) String name,
			@RequestParam(defaultValue = "arrival") String purpose, Model model) {
		String typedName = name == null || name.length() > 50 ? null : name.strip();
		var decision = people.identify(idNumber == null || idNumber.length() > 40 ? null : idNumber, typedName);
		model.addAttribute("purpose", "person".equals(purpose) ? "person" : "arrival");
		model.addAttribute("typedName", typedName);
		PersonView holder = switch (decision) {
			case IdentityPolicy.Same same -> same.holder();
			case IdentityPolicy.NameDiffers differs -> differs.holder();
			default -> null;
		};
		model.addAttribute("found", switch (decision) {
			case IdentityPolicy.Same same -> "same";
			case IdentityPolicy.NameDiffers differs -> "differs";
			case IdentityPolicy.Elsewhere elsewhere -> "elsewhere";
			case IdentityPolicy.Unknown unknown -> "none";
		});
		if (holder != null) {
			model.addAttribute("holder", List.of(holder.name(), Masking.idNumber(holder.idNumber()),
					people.village(holder.jurisdictionCode())));
			model.addAttribute("holderId", holder.id());
			// A masked phone typed back into the form would be refused as no phone: only a full one fills in.
			model.addAttribute("holderPhone", holder.masked() || holder.phone() == null ? "" : holder.phone());
		}
		return "people/fragments :: lookup";
	}

	@GetMapping("/people/{id}")
	String person(@PathVariable long id, Model model, Locale locale) {
		return personPage(people.find(id), false, model, locale);
	}

	@PostMapping("/people/{id}/reveal")
	String reveal(@PathVariable long id, Model model, Locale locale) {
		return personPage(people.reveal(id), true, model, locale);
	}

	@GetMapping("/people/{id}/edit")
	String editForm(@PathVariable long id, Model model) {
		PersonView person = people.find(id);
		model.addAttribute("person", PersonForm.of(person));
		return form(model, true, id);
	}

	@PostMapping("/people/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("person") PersonForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		if (binding.hasErrors()) {
			return form(model, true, id);
		}
		var changes = form.toChanges(binding);
		if (binding.hasErrors()) {
			return form(model, true, id);
		}
		try {
			people.update(id, changes);
			redirect.addFlashAttribute("notice", "person.updated");
			return "redirect:/people/" + id;
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(binding, refused);
			return form(model, true, id);
		}
		catch (ConflictException conflict) {
			model.addAttribute("conflict", conflict.messageKey());
			model.addAttribute("existing", conflict.existing());
			return form(model, true, id);
		}
	}

	private String personPage(PersonView person, boolean revealed, Model model, Locale locale) {
		model.addAttribute("person", person);
		model.addAttribute("birthDateText", person.birthDate() == null ? null
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(person.birthDate()));
		model.addAttribute("revealed", revealed);
		model.addAttribute("place", placeName(person.jurisdictionCode()));
		model.addAttribute("canWrite", !viewer.get().readOnly());
		model.addAttribute("relations", Relation.values());
		return "people/person";
	}

	private String form(Model model, boolean editing, Long id) {
		model.addAttribute("editing", editing);
		model.addAttribute("personId", id);
		model.addAttribute("documentTypes", DocumentType.values());
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("careFlagChoices", CareFlag.values());
		return FORM;
	}

	private String placeName(String code) {
		return jurisdictions.lineage(code).stream().map(Jurisdiction::name).reduce((a, b) -> a + " / " + b).orElse(code);
	}
}
