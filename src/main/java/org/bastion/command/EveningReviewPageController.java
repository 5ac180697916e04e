package org.bastion.command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.bastion.shared.BastionException;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.FormErrors;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.RefusalText;
import org.bastion.shared.Roles;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The day's rhythm for township and county HQ: the morning dispatch list (早派工), printable and phone-readable;
 * the evening review (晚研判), the day's figures beside a draft the HQ edits and saves as the day's work log,
 * with every earlier version below; and the logs listed by date and searched by text.
 */
@Controller
class EveningReviewPageController {

	private final DispatchSheets sheets;

	private final EveningReviews reviews;

	private final WorkLogs logs;

	private final CurrentViewer viewer;

	private final FieldClock clock;

	private final MessageSource messages;

	EveningReviewPageController(DispatchSheets sheets, EveningReviews reviews, WorkLogs logs, CurrentViewer viewer,
			FieldClock clock, MessageSource messages) {
		this.sheets = sheets;
		this.reviews = reviews;
		this.logs = logs;
		this.viewer = viewer;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/command/dispatch")
	String dispatch(@RequestParam(required = false) String date, @RequestParam(required = false) String jurisdiction,
			Model model) {
		DispatchSheet sheet = sheets.sheet(jurisdiction, date(date, "date"));
		model.addAttribute("sheet", sheet);
		model.addAttribute("previous", sheet.date().minusDays(1));
		model.addAttribute("next", sheet.date().plusDays(1));
		model.addAttribute("today", clock.today());
		model.addAttribute("zone", clock.zone());
		return "command/dispatch";
	}

	@GetMapping("/command/review")
	String review(@RequestParam(required = false) String date, @RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) String redraft, Model model, Locale locale) {
		EveningReviewView review = reviews.review(jurisdiction, date(date, "date"), locale);
		WorkLogView saved = review.saved();
		boolean fresh = saved == null || "true".equals(redraft);
		model.addAttribute("log", WorkLogForm.of(review.jurisdictionCode(), review.date(), saved == null ? 0 : saved.current(),
				fresh ? review.draft() : saved.text()));
		model.addAttribute("redrafted", saved != null && fresh);
		return page(review, model);
	}

	@PostMapping("/command/review")
	String save(@ModelAttribute("log") WorkLogForm form, BindingResult binding, Model model, Locale locale,
			RedirectAttributes redirect) {
		WorkLogSave save = form.toSave(binding);
		if (binding.hasErrors()) {
			InvalidInputException more = problems(save);
			if (more != null) {
				FormErrors.reject(binding, more);
			}
			return again(form, save, model, locale);
		}
		try {
			WorkLogView saved = logs.save(save);
			redirect.addFlashAttribute("notice", "worklog.saved");
			redirect.addFlashAttribute("noticeArgument", saved.version());
			return "redirect:" + UriComponentsBuilder.fromPath("/command/review")
				.queryParam("date", saved.date())
				.queryParam("jurisdiction", saved.jurisdictionCode())
				.build()
				.toUriString();
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(binding, refused);
			return again(form, save, model, locale);
		}
		catch (ConflictException stale) {
			// Someone saved meanwhile: their version is kept; what was typed here stays in the form, now editing theirs.
			model.addAttribute("error", RefusalText.text(messages, (BastionException) stale, locale));
			int current = stale.existing() instanceof WorkLogView v ? v.current() : 0;
			model.addAttribute("log", new WorkLogForm(form.jurisdiction(), form.date(), String.valueOf(current),
					form.reports(), form.alerts(), form.tasks(), form.assessment(), form.clientId()));
			return again(form, save, model, locale);
		}
	}

	@GetMapping("/command/work-logs")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String cursor, Model model) {
		model.addAttribute("logs", logs.search(null, q, date(from, "from"), date(to, "to"), cursor, null));
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("from", from == null ? "" : from);
		model.addAttribute("to", to == null ? "" : to);
		model.addAttribute("zone", clock.zone());
		return "command/work-logs";
	}

	/** The review page again after a refused save, over the day the form names (today when it names none). */
	private String again(WorkLogForm form, WorkLogSave save, Model model, Locale locale) {
		LocalDate day = save.date() == null || save.date().isAfter(clock.today()) ? null : save.date();
		model.addAttribute("redrafted", false);
		return page(reviews.review(form.jurisdiction(), day, locale), model);
	}

	private InvalidInputException problems(WorkLogSave save) {
		var found = logs.problems(save);
		return found.isEmpty() ? null : new InvalidInputException(found);
	}

	private String page(EveningReviewView review, Model model) {
		model.addAttribute("review", review);
		model.addAttribute("canSave", Roles.managesAreas(viewer.get()));
		model.addAttribute("previous", review.date().minusDays(1));
		model.addAttribute("next", review.date().plusDays(1));
		model.addAttribute("today", clock.today());
		model.addAttribute("zone", clock.zone());
		model.addAttribute("sections", WorkLogText.SECTIONS);
		return "command/review";
	}

	private static LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(new FieldViolation(field, "format", "worklog.date.shape"));
		}
	}
}
