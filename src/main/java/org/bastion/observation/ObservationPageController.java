package org.bastion.observation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ObservationView.ObservationReason;
import org.bastion.observation.ObservationView.ObservationStatus;
import org.bastion.observation.Observations.Extension;
import org.bastion.observation.Releases.ReleaseRequest;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.FormErrors;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.QrImage;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Slice;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The order pages: the list with filters, a new order, the order with its slots, extend, release, notice. */
@Controller
class ObservationPageController {

	private final Observations observations;

	private final Releases releases;

	private final HealthChecks checks;

	private final Alerts alerts;

	private final People people;

	private final CurrentViewer viewer;

	private final MessageSource messages;

	ObservationPageController(Observations observations, Releases releases, HealthChecks checks, Alerts alerts,
			People people, CurrentViewer viewer, MessageSource messages) {
		this.observations = observations;
		this.releases = releases;
		this.checks = checks;
		this.alerts = alerts;
		this.people = people;
		this.viewer = viewer;
		this.messages = messages;
	}

	@GetMapping("/observations")
	String list(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String status,
			@RequestParam(required = false) String cursor, HtmxRequest htmx, Model model, java.util.Locale locale) {
		ObservationStatus wanted = null;
		if (status != null && !status.isBlank()) {
			try {
				wanted = ObservationStatus.valueOf(status.strip());
			}
			catch (IllegalArgumentException unknown) {
				wanted = null;
			}
		}
		model.addAttribute("jurisdiction", jurisdiction == null ? "" : jurisdiction);
		model.addAttribute("status", wanted);
		model.addAttribute("statuses", ObservationStatus.values());
		try {
			model.addAttribute("results", observations.list(jurisdiction, wanted, cursor, PageRequest.DEFAULT_SIZE));
		}
		catch (InvalidInputException | org.bastion.shared.NotFoundException refused) {
			model.addAttribute("results", new Slice<ObservationView>(List.of(), null));
			model.addAttribute("searchError", messages.getMessage("observation.list.badFilter", null, locale));
		}
		model.addAttribute("canWrite", !viewer.get().readOnly());
		return htmx.isHtmxRequest() && cursor != null ? "health/list :: page" : "health/list";
	}

	@GetMapping("/observations/new")
	String form(@RequestParam(required = false) Long personId, Model model) {
		model.addAttribute("order", ObservationForm.blank(personId, observations.today(), observations.settings().periodDays()));
		return form(model, personId);
	}

	@PostMapping("/observations")
	String create(@Valid @ModelAttribute("order") ObservationForm form, BindingResult binding, Model model) {
		Long personId = parse(form.personId());
		if (binding.hasErrors()) {
			return form(model, personId);
		}
		NewObservation request = form.toRequest(binding);
		if (binding.hasErrors()) {
			return form(model, personId);
		}
		try {
			return "redirect:/observations/" + observations.create(request).id();
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(binding, refused);
			return form(model, personId);
		}
		catch (ConflictException conflict) {
			model.addAttribute("existing", conflict.existing());
			return form(model, personId);
		}
	}

	@GetMapping("/observations/{id}")
	String order(@PathVariable long id, Model model, HttpServletRequest request) {
		ObservationView order = observations.find(id);
		model.addAttribute("order", order);
		List<SlotView> slots = checks.checks(id);
		LocalDate today = observations.today();
		model.addAttribute("slots", slots);
		// The check first: today's slots and yesterday's missed ones, each a tap from the form when it may be picked.
		model.addAttribute("nowSlots", slots.stream()
			.filter(s -> s.date().equals(today)
					|| (s.date().equals(today.minusDays(1)) && s.state() == SlotView.SlotState.MISSED))
			.toList());
		model.addAttribute("pickable", order.open() && !viewer.get().readOnly()
				? checks.choices(id).stream().collect(Collectors.toMap(CheckPolicy.SlotChoice::value,
						CheckPolicy.SlotChoice::late))
				: Map.of());
		model.addAttribute("alerts", alerts.ofObservation(id));
		model.addAttribute("canWrite", !viewer.get().readOnly());
		model.addAttribute("today", observations.today());
		model.addAttribute("maxDays", ObservationPeriod.MAX_DAYS);
		if (order.selfReportToken() != null) {
			model.addAttribute("selfReportUrl", QrImage.link(request, "/self-report/" + order.selfReportToken()));
		}
		if (!model.containsAttribute("release")) {
			model.addAttribute("release", new ReleaseRequest(observations.today(), null));
		}
		return "health/order";
	}

	/** The self-report link as a QR code, for the monitor to show on the phone or print for the person. */
	@GetMapping(path = "/observations/{id}/self-report.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> selfReportQr(@PathVariable long id, HttpServletRequest request) {
		ObservationView order = observations.find(id);
		if (order.selfReportToken() == null) {
			return ResponseEntity.notFound().build();
		}
		// The code carries the person's secret: no cache may keep it.
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.IMAGE_PNG)
			.body(QrImage.png(QrImage.link(request, "/self-report/" + order.selfReportToken())));
	}

	@PostMapping("/observations/{id}/extend")
	String extend(@PathVariable long id, @RequestParam(required = false) String days,
			@RequestParam(required = false) String reason, RedirectAttributes redirect, Model model,
			HttpServletRequest request) {
		Integer parsed = parseInt(days);
		if (parsed == null || parsed < 1 || parsed > 30 || reason == null || reason.isBlank() || reason.length() > 200) {
			model.addAttribute("extendError", "observation.extend.invalid");
			return order(id, model, request);
		}
		try {
			observations.extend(id, new Extension(parsed, reason));
		}
		catch (InvalidInputException | ConflictException refused) {
			model.addAttribute("extendError", refused.messageKey().equals("error.invalidInput")
					? "observation.extend.invalid" : refused.messageKey());
			return order(id, model, request);
		}
		redirect.addFlashAttribute("notice", "observation.extended");
		return "redirect:/observations/" + id;
	}

	@PostMapping("/observations/{id}/release")
	String release(@PathVariable long id, @RequestParam(required = false) String date,
			@RequestParam(required = false) String reason, RedirectAttributes redirect, Model model,
			HttpServletRequest request) {
		LocalDate day;
		try {
			day = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			day = null;
		}
		try {
			releases.release(id, new ReleaseRequest(day, reason == null || reason.length() > 200 ? null : reason));
		}
		catch (InvalidInputException refused) {
			model.addAttribute("releaseErrors", refused.violations().stream().map(FieldViolation::messageKey).toList());
			model.addAttribute("releaseArgs", refused.violations().stream().map(FieldViolation::arguments).toList());
			model.addAttribute("release", new ReleaseRequest(day, reason));
			return order(id, model, request);
		}
		catch (ForbiddenException | ConflictException refused) {
			model.addAttribute("releaseErrors", List.of(refused.messageKey()));
			model.addAttribute("releaseArgs", java.util.Collections.singletonList(refused.arguments()));
			model.addAttribute("release", new ReleaseRequest(day, reason));
			return order(id, model, request);
		}
		redirect.addFlashAttribute("releaseDone", "observation.released.notice");
		return "redirect:/observations/" + id + "/notice";
	}

	@GetMapping("/observations/{id}/notice")
	String notice(@PathVariable long id, Model model) {
		model.addAttribute("notice", releases.notice(id));
		return "health/notice";
	}

	private String form(Model model, Long personId) {
		model.addAttribute("kinds", ObservationKind.values());
		model.addAttribute("reasons", ObservationReason.values());
		if (personId != null) {
			try {
				PersonView person = people.find(personId);
				model.addAttribute("person", person);
				model.addAttribute("monitors", observations.monitorsFor(person.jurisdictionCode()));
			}
			catch (org.bastion.shared.NotFoundException outside) {
				model.addAttribute("personMissing", true);
			}
		}
		return "health/form";
	}

	private static Long parse(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static Integer parseInt(String text) {
		Long value = parse(text);
		return value == null || value > Integer.MAX_VALUE ? null : value.intValue();
	}
}
