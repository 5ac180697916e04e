package org.bastion.arrivals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import org.bastion.jurisdiction.Divisions.Division;
import org.bastion.jurisdiction.Divisions;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.FormErrors;
import org.bastion.shared.InvalidInputException;
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

/** The arrival pages: the area's list, the phone form, an arrival's page, the origin picker. */
@Controller
class ArrivalPageController {

	private static final int ORIGIN_CHOICES = 8;

	private final Arrivals arrivals;

	private final Divisions divisions;

	private final ArrivalPrefill prefill;

	private final CurrentViewer viewer;

	private final MessageSource messages;

	private final FieldClock clock;

	ArrivalPageController(Arrivals arrivals, Divisions divisions, ArrivalPrefill prefill, CurrentViewer viewer,
			MessageSource messages,
			FieldClock clock) {
		this.clock = clock;
		this.prefill = prefill;
		this.arrivals = arrivals;
		this.divisions = divisions;
		this.viewer = viewer;
		this.messages = messages;
	}

	@GetMapping("/arrivals")
	String list(ArrivalQuery query, HtmxRequest htmx, Model model, Locale locale) {
		LocalDate end = query.to() == null ? arrivals.today() : query.to();
		LocalDate start = query.from() == null ? end.minusDays(Arrivals.DEFAULT_DAYS - 1L) : query.from();
		String jurisdiction = query.jurisdiction();
		String cursor = query.cursor();
		model.addAttribute("jurisdiction", jurisdiction == null ? "" : jurisdiction);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("risk", query.risk());
		model.addAttribute("levels", RiskLevel.values());
		try {
			model.addAttribute("results", arrivals.list(jurisdiction, start, end, query.risk(), cursor, PageRequest.DEFAULT_SIZE));
		}
		catch (InvalidInputException refused) {
			model.addAttribute("results", new Slice<ArrivalListItem>(List.of(), null));
			var violation = refused.violations().getFirst();
			model.addAttribute("searchError", messages.getMessage(violation.messageKey(), violation.arguments(), locale));
		}
		model.addAttribute("canWrite", !viewer.get().readOnly());
		return htmx.isHtmxRequest() && cursor != null ? "arrivals/list :: page" : "arrivals/list";
	}

	/**
	 * The empty form, or one filled in from where the arrival was found: a household visit's "returnees
	 * found" link ({@code roundId}, {@code visitId}, {@code jurisdictionCode}) or a pushed-list entry
	 * verified as newly found ({@code listEntryId}), or a checkpoint's hand-over to confirm ({@code handOverId}).
	 */
	@GetMapping("/arrivals/new")
	String form(@RequestParam(required = false) String roundId, @RequestParam(required = false) String visitId,
			@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String jurisdictionCode,
			@RequestParam(required = false) String personIdNumber, @RequestParam(required = false) String listEntryId,
			@RequestParam(required = false) String personId, @RequestParam(required = false) String handOverId,
			Model model) {
		String place = jurisdiction != null && !jurisdiction.isBlank() ? jurisdiction : jurisdictionCode;
		ArrivalForm form = prefill.form(place, roundId, visitId, personIdNumber, listEntryId, personId, handOverId);
		model.addAttribute("arrival", form);
		return form(model, form);
	}

	@PostMapping("/arrivals")
	String register(@Valid @ModelAttribute("arrival") ArrivalForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		// Every mistake at once: what the form itself refused, and what the service would refuse besides.
		var request = form.toNewArrival(binding);
		if (binding.hasErrors()) {
			List<FieldViolation> more = arrivals.problems(request);
			if (!more.isEmpty()) {
				refuse(binding, model, new InvalidInputException(more));
			}
			return form(model, form);
		}
		try {
			ArrivalRegistration registration = arrivals.register(request);
			redirect.addFlashAttribute("notice", registration.existing() ? "arrival.registered.existing"
					: "arrival.registered");
			return "redirect:/arrivals/" + registration.arrival().arrival().id();
		}
		catch (InvalidInputException refused) {
			refuse(binding, model, refused);
			return form(model, form);
		}
		catch (ConflictException conflict) {
			binding.reject(conflict.messageKey(), conflict.arguments(), conflict.messageKey());
			return form(model, form);
		}
	}

	@GetMapping("/arrivals/{id}")
	String arrival(@PathVariable long id, Model model, Locale locale) {
		ArrivalDetail detail = arrivals.find(id);
		model.addAttribute("detail", detail);
		model.addAttribute("a", detail.arrival());
		model.addAttribute("reasons",
				detail.arrival().riskReasons().stream().map(r -> ArrivalTexts.reason(r, messages, locale)).toList());
		model.addAttribute("badge", ArrivalTexts.badge(detail.arrival().riskLevel()));
		model.addAttribute("registeredAt", ArrivalTexts.time(detail.arrival().registeredAt(), clock.zone()));
		model.addAttribute("history", detail.history()
			.stream()
			.map(h -> messages.getMessage("arrival.history.entry",
					new Object[] { ArrivalTexts.time(h.changedAt(), clock.zone()), ArrivalTexts.level(h.oldLevel(), messages, locale),
							ArrivalTexts.level(h.newLevel(), messages, locale),
							messages.getMessage("arrival.history.cause." + h.cause(), null, locale), h.areaName(),
							messages.getMessage("measure." + h.newMeasure(), null, locale) },
					locale))
			.toList());
		return "arrivals/arrival";
	}

	/** Divisions matching what was typed in an origin field, as buttons that fill the field in. */
	@GetMapping("/arrivals/origins")
	String origins(@RequestParam(required = false) String q, @RequestParam(defaultValue = "originCode") String field,
			@RequestParam(required = false) String originCode, @RequestParam(required = false) String divisionCode,
			Model model) {
		// htmx sends the typed text under the input's own name.
		String typed = q != null ? q : originCode != null ? originCode : divisionCode;
		String text = typed == null ? "" : typed.strip();
		model.addAttribute("choices", text.isEmpty() || text.length() > 40 ? List.of() : divisions.search(text, ORIGIN_CHOICES));
		model.addAttribute("field", field.equals("divisionCode") ? "divisionCode" : "originCode");
		return "arrivals/fragments :: choices";
	}

	/** The origin field with a division chosen: its code in the input, its full name beside it. */
	@GetMapping("/arrivals/origin-field")
	String originField(@RequestParam String code, @RequestParam(defaultValue = "originCode") String field,
			Model model) {
		model.addAttribute("field", field.equals("divisionCode") ? "divisionCode" : "originCode");
		model.addAttribute("code", code);
		model.addAttribute("chosen", divisions.find(code).map(Division::fullName).orElse(null));
		return "arrivals/fragments :: divisionField";
	}

	/**
	 * The service's refusal beside the form's fields; an ID number held by someone of another name also
	 * puts that person (name, masked ID number, village) before the worker, who says which is right.
	 */
	private static void refuse(BindingResult binding, Model model, InvalidInputException refused) {
		FormErrors.reject(binding, ArrivalForm.onForm(refused));
		refused.violations()
			.stream()
			.filter(v -> Arrivals.NAME_DIFFERS.equals(v.rule()))
			.findFirst()
			.ifPresent(v -> model.addAttribute("holder", List.of(v.arguments())));
	}

	private String form(Model model, ArrivalForm form) {
		prefill.describe(form, model);
		String originCode = form.originCode();
		model.addAttribute("modes", TransportMode.values());
		model.addAttribute("zone", clock.zone());
		model.addAttribute("originName", originCode == null || originCode.isBlank() ? null
				: divisions.find(originCode.strip()).map(Division::fullName).orElse(null));
		return "arrivals/form";
	}
}
