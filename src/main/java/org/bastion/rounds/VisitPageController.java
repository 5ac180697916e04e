package org.bastion.rounds;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.LedgerWorkbook;
import org.bastion.shared.NotFoundException;
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

/**
 * The grid worker's door list (one tap per outcome, the card redrawn in place by htmx), and the list of
 * households not yet visited with its Excel export.
 */
@Controller
class VisitPageController {

	private static final List<VisitStatus> UNVISITED = List.of(VisitStatus.PENDING, VisitStatus.NOBODY_HOME);

	/**
	 * The value of the form's {@code then} field by which a tap at one door leads on to the next door's page
	 * (the door page's card, the home page's first door): one tap per household.
	 */
	static final String ONWARD = "next";

	/** Status by colour and word together: the badge class of each status. */
	private static final Map<VisitStatus, String> TONES = Map.of(VisitStatus.PENDING, "badge-grey",
			VisitStatus.VISITED_NO_RETURNEES, "badge-green", VisitStatus.VISITED_WITH_RETURNEES, "badge-green",
			VisitStatus.NOBODY_HOME, "badge-amber", VisitStatus.REFUSED, "badge-red");

	private final Visits visits;

	private final ScreeningRounds rounds;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final MessageSource messages;

	private final FieldClock clock;

	VisitPageController(Visits visits, ScreeningRounds rounds, Jurisdictions jurisdictions, CurrentViewer viewer,
			MessageSource messages, FieldClock clock) {
		this.visits = visits;
		this.rounds = rounds;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.messages = messages;
		this.clock = clock;
	}

	@ModelAttribute("tones")
	Map<VisitStatus, String> tones() {
		return TONES;
	}

	@GetMapping("/rounds/{id}/visits")
	String visits(@PathVariable long id, @RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) String cursor,
			HtmxRequest htmx, Model model) {
		ScreeningRound round = rounds.find(id);
		model.addAttribute("round", round);
		model.addAttribute("jurisdiction", jurisdiction == null ? "" : jurisdiction);
		model.addAttribute("visits", visits.list(id, jurisdiction, List.of(), cursor, Visits.DEFAULT_LIMIT));
		model.addAttribute("canVisit", canVisit(round));
		// htmx asks for the next page only: its cards and a new "more" link replace the old link.
		return htmx.isHtmxRequest() && cursor != null ? "rounds/visits :: page" : "rounds/visits";
	}

	@PostMapping("/rounds/{id}/visits/{visitId}")
	String mark(@PathVariable long id, @PathVariable long visitId, @Valid @ModelAttribute VisitForm form,
			BindingResult binding, @RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) String then, HtmxRequest htmx, Model model,
			RedirectAttributes redirect, Locale locale) {
		return answer(id, visitId, form, binding, jurisdiction, ONWARD.equals(then), htmx, model, redirect, locale,
				visits::record);
	}

	/** An outcome marked by mistake replaced by the right one, while the round is open. */
	@PostMapping("/rounds/{id}/visits/{visitId}/correction")
	String correct(@PathVariable long id, @PathVariable long visitId, @Valid @ModelAttribute VisitForm form,
			BindingResult binding, @RequestParam(required = false) String jurisdiction,
			HtmxRequest htmx, Model model,
			RedirectAttributes redirect, Locale locale) {
		return answer(id, visitId, form, binding, jurisdiction, false, htmx, model, redirect, locale, visits::correct);
	}

	/** One door: its card, with the way on to the next household, and its history. */
	@GetMapping("/rounds/{id}/visits/{visitId}")
	String visit(@PathVariable long id, @PathVariable long visitId, @RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) Long after, Model model) {
		ScreeningRound round = rounds.find(id);
		Visit visit = visits.find(visitId);
		if (visit.roundId() != id) {
			throw new NotFoundException(Visits.VISIT);
		}
		model.addAttribute("v", visit);
		model.addAttribute("round", round);
		model.addAttribute("jurisdiction", jurisdiction == null ? "" : jurisdiction);
		model.addAttribute("canVisit", canVisit(round));
		model.addAttribute("marked", true);
		model.addAttribute("onward", true);
		// The door marked by the tap that led here, one tap from its correction.
		if (after != null && after != visitId) {
			try {
				Visit before = visits.find(after);
				if (before.roundId() == id) {
					model.addAttribute("before", before);
				}
			}
			catch (NotFoundException gone) {
				// A link kept from another area or a removed door: the door page stands without the line.
			}
		}
		model.addAttribute("history", visits.history(visitId));
		model.addAttribute("zone", clock.zone());
		return "rounds/visit";
	}

	/** The household to knock at after this one; the door list saying all are done when none is left. */
	@GetMapping("/rounds/{id}/visits/{visitId}/next")
	String next(@PathVariable long id, @PathVariable long visitId, @RequestParam(required = false) String jurisdiction,
			RedirectAttributes redirect) {
		String place = jurisdiction == null || jurisdiction.isBlank() ? "" : "?jurisdiction=" + encode(jurisdiction);
		return visits.next(visitId, jurisdiction).map(next -> "redirect:/rounds/" + id + "/visits/" + next.id() + place)
			.orElseGet(() -> {
				redirect.addFlashAttribute("notice", "visit.next.none");
				return "redirect:/rounds/" + id + "/visits" + place;
			});
	}

	/**
	 * @param onward whether a page's tap leads on to the next door's page (a refusal back to this door's page,
	 *     a door with returnees to its page with the way to the arrival form), rather than to the door list
	 */
	private String answer(long id, long visitId, VisitForm form, BindingResult binding, String jurisdiction,
			boolean onward, HtmxRequest htmx, Model model, RedirectAttributes redirect, Locale locale,
			BiFunction<Long, VisitReport, VisitResult> change) {
		Visit visit;
		List<String> errors = new ArrayList<>();
		try {
			if (binding.hasErrors()) {
				throw new InvalidInputException(binding.getFieldErrors()
					.stream()
					.map(e -> e.getField())
					.distinct()
					.map(field -> new FieldViolation(field, "size", "visit.note.size"))
					.toList());
			}
			visit = change.apply(visitId, form.toReport()).visit();
		}
		catch (ConflictException conflict) {
			errors.add(messages.getMessage(conflict.messageKey(), conflict.arguments(), locale));
			visit = conflict.existing() instanceof Visit existing ? existing : visits.find(visitId);
		}
		catch (InvalidInputException refused) {
			// Every mistake at once on the card, in one round trip.
			refused.violations().forEach(v -> errors.add(messages.getMessage(v.messageKey(), v.arguments(), locale)));
			visit = visits.find(visitId);
		}
		if (!htmx.isHtmxRequest()) {
			String place = jurisdiction == null || jurisdiction.isBlank() ? "" : "jurisdiction=" + encode(jurisdiction);
			if (!errors.isEmpty()) {
				redirect.addFlashAttribute("pageError", String.join(" ", errors));
			}
			else if (onward && visit.status() != VisitStatus.VISITED_WITH_RETURNEES) {
				Optional<Visit> next = visits.next(visitId, jurisdiction);
				if (next.isPresent()) {
					return "redirect:/rounds/" + id + "/visits/" + next.get().id() + "?after=" + visitId
							+ (place.isEmpty() ? "" : "&" + place);
				}
				redirect.addFlashAttribute("notice", "visit.next.none");
				return "redirect:/rounds/" + id + "/visits" + (place.isEmpty() ? "" : "?" + place);
			}
			return "redirect:/rounds/" + id + "/visits" + (onward ? "/" + visitId : "")
					+ (place.isEmpty() ? "" : "?" + place);
		}
		ScreeningRound round = rounds.find(id);
		model.addAttribute("v", visit);
		model.addAttribute("round", round);
		model.addAttribute("jurisdiction", jurisdiction == null ? "" : jurisdiction);
		model.addAttribute("canVisit", canVisit(round));
		model.addAttribute("cardErrors", errors);
		model.addAttribute("marked", errors.isEmpty());
		return "rounds/card :: visitCard";
	}

	@GetMapping("/rounds/{id}/unvisited")
	String unvisited(@PathVariable long id, @RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) String cursor, Model model) {
		Slice<Visit> page = visits.list(id, jurisdiction, UNVISITED, cursor, Visits.DEFAULT_LIMIT);
		model.addAttribute("round", rounds.find(id));
		model.addAttribute("jurisdiction", jurisdiction == null ? "" : jurisdiction);
		model.addAttribute("visits", page);
		model.addAttribute("places", placeNames(page.items()));
		return "rounds/unvisited";
	}

	@GetMapping("/rounds/{id}/unvisited.xlsx")
	void export(@PathVariable long id, @RequestParam(required = false) String jurisdiction, HttpServletResponse response,
			Locale locale) throws IOException {
		ScreeningRound round = rounds.find(id);
		String area = jurisdiction == null || jurisdiction.isBlank() ? round.jurisdictionName()
				: jurisdictions.visible(jurisdiction.strip()).name();
		LedgerWorkbook.Heading heading = new LedgerWorkbook.Heading(
				text("unvisited.ledger.title", locale, area, round.number()), text("unvisited.ledger.unit", locale), area,
				text("unvisited.ledger.date", locale), clock.today().toString(), text("unvisited.ledger.person", locale),
				viewer.get().username());
		List<String> columns = List.of(text("unvisited.area", locale), text("unvisited.address", locale),
				text("unvisited.head", locale), text("unvisited.members", locale), text("unvisited.status", locale),
				text("unvisited.attempts", locale));
		String file = "round-" + round.id() + "-unvisited.xlsx";
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + file + "\"");
		visits.exportUnvisited(id, jurisdiction, heading, columns,
				status -> text("visit.status." + status.name(), locale), response.getOutputStream());
	}

	private boolean canVisit(ScreeningRound round) {
		return round.status() == RoundStatus.OPEN && !viewer.get().readOnly();
	}

	/** The page's places by name, looked up in one query; a place no longer in the tree keeps its code. */
	private Map<String, String> placeNames(List<Visit> page) {
		Map<String, String> names = new HashMap<>(jurisdictions.names(page.stream().map(Visit::jurisdictionCode).toList()));
		page.forEach(visit -> names.putIfAbsent(visit.jurisdictionCode(), visit.jurisdictionCode()));
		return names;
	}

	private String text(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}
}
