package org.bastion.rounds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.People;
import org.bastion.shared.BastionException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FormErrors;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
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

/** The rounds pages: the list with the form opening a round, and a round's coverage with its comparison. */
@Controller
class RoundPageController {

	/** A select longer than this would outweigh the page; the area can still be narrowed on the round page. */
	private static final int MAX_PLACE_CHOICES = 300;

	private final ScreeningRounds rounds;

	private final RoundCoverage coverage;

	private final RoundComparison comparison;

	private final Jurisdictions jurisdictions;

	private final People people;

	private final CurrentViewer viewer;

	private final MessageSource messages;

	private final FieldClock clock;

	RoundPageController(ScreeningRounds rounds, RoundCoverage coverage, RoundComparison comparison,
			Jurisdictions jurisdictions, People people, CurrentViewer viewer, MessageSource messages,
			FieldClock clock) {
		this.rounds = rounds;
		this.coverage = coverage;
		this.comparison = comparison;
		this.jurisdictions = jurisdictions;
		this.people = people;
		this.viewer = viewer;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/rounds")
	String index(Model model) {
		model.addAttribute("opening", RoundForm.blank(viewer.get().scope().leafCode(), clock.today()));
		return indexPage(model);
	}

	@PostMapping("/rounds")
	String open(@Valid @ModelAttribute("opening") RoundForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (binding.hasErrors()) {
			return indexPage(model);
		}
		RoundOpening request = form.toOpening(binding);
		if (binding.hasErrors()) {
			return indexPage(model);
		}
		try {
			ScreeningRound round = rounds.open(request);
			redirect.addFlashAttribute("notice",
					messages.getMessage("round.opened", new Object[] { round.number(), round.households() }, locale));
			return "redirect:/rounds/" + round.id();
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(binding, refused);
			return indexPage(model);
		}
		catch (BastionException conflict) {
			binding.reject(conflict.messageKey(), conflict.arguments(), conflict.messageKey());
			return indexPage(model);
		}
	}

	@GetMapping("/rounds/{id}")
	String round(@PathVariable long id, @RequestParam(required = false) String jurisdiction, Model model) {
		ScreeningRound round = rounds.find(id);
		CoverageReport report = coverage.of(id, jurisdiction);
		RoundComparisonReport compared = comparison.of(id);
		model.addAttribute("round", round);
		model.addAttribute("report", report);
		model.addAttribute("lineage", lineage(round, report.node().jurisdictionCode()));
		model.addAttribute("comparison", compared);
		model.addAttribute("newlyFoundNames", names(compared));
		model.addAttribute("open", round.status() == RoundStatus.OPEN);
		model.addAttribute("canVisit", round.status() == RoundStatus.OPEN && !viewer.get().readOnly());
		model.addAttribute("canClose", round.status() == RoundStatus.OPEN && !viewer.get().readOnly()
				&& viewer.get().canSee(new JurisdictionPath(pathOf(round.jurisdictionCode()))));
		return "rounds/round";
	}

	/** The coverage table alone, for htmx to refresh in place. */
	@GetMapping("/rounds/{id}/coverage")
	String coverageFragment(@PathVariable long id, @RequestParam(required = false) String jurisdiction, Model model) {
		model.addAttribute("round", rounds.find(id));
		model.addAttribute("report", coverage.of(id, jurisdiction));
		return "rounds/round :: coverage";
	}

	@PostMapping("/rounds/{id}/close")
	String close(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		rounds.close(id);
		redirect.addFlashAttribute("notice", messages.getMessage("round.page.closed", null, locale));
		return "redirect:/rounds/" + id;
	}

	private String indexPage(Model model) {
		model.addAttribute("rounds", rounds.list(null));
		model.addAttribute("places", placeChoices());
		return "rounds/index";
	}

	private String pathOf(String code) {
		return jurisdictions.find(code).map(node -> node.path().value()).orElse("/");
	}

	/** From the round's area down to the node shown, as far as the viewer may see. */
	private List<Jurisdiction> lineage(ScreeningRound round, String nodeCode) {
		JurisdictionPath roundPath = new JurisdictionPath(pathOf(round.jurisdictionCode()));
		return jurisdictions.lineage(nodeCode)
			.stream()
			.filter(node -> roundPath.contains(node.path()) && viewer.get().canSee(node.path()))
			.toList();
	}

	/** Names of the newly found, each read (and audited) through the people module; those out of reach keep their number. */
	private Map<Long, String> names(RoundComparisonReport compared) {
		Map<Long, String> names = new LinkedHashMap<>();
		for (RoundComparisonReport.NewlyFound found : compared.newlyFound()) {
			try {
				names.put(found.personId(), people.find(found.personId()).name());
			}
			catch (BastionException outOfReach) {
				// Registered somewhere the viewer may not read: the page shows the number instead.
			}
		}
		return names;
	}

	/** The viewer's area and the places right below it (two levels while they are few). */
	private Map<String, String> placeChoices() {
		Map<String, String> choices = new LinkedHashMap<>();
		List<Jurisdiction> level = new ArrayList<>(jurisdictions.tops());
		for (int depth = 0; depth < 3 && !level.isEmpty() && choices.size() < MAX_PLACE_CHOICES; depth++) {
			List<Jurisdiction> next = new ArrayList<>();
			for (Jurisdiction node : level) {
				if (choices.size() >= MAX_PLACE_CHOICES) {
					break;
				}
				choices.put(node.code(), "  ".repeat(depth) + node.name());
				if (depth < 2 && choices.size() + next.size() < MAX_PLACE_CHOICES) {
					next.addAll(jurisdictions.children(node.code()));
				}
			}
			level = next;
		}
		return choices;
	}
}
