package org.bastion.observation;

import java.util.List;
import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.bastion.observation.ProposalView.ProposalDecision;
import org.bastion.shared.BastionException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.RefusalText;
import org.bastion.shared.Slice;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Observation proposed from arrivals: one click to accept, or dismiss with a reason. */
@Controller
class ProposalPageController {

	private final Proposals proposals;

	private final CurrentViewer viewer;

	private final MessageSource messages;

	ProposalPageController(Proposals proposals, CurrentViewer viewer, MessageSource messages) {
		this.proposals = proposals;
		this.viewer = viewer;
		this.messages = messages;
	}

	@GetMapping("/observations/proposals")
	String list(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String cursor,
			HtmxRequest htmx, Model model) {
		model.addAttribute("jurisdiction", jurisdiction == null ? "" : jurisdiction);
		try {
			model.addAttribute("results", proposals.listOpen(jurisdiction, cursor, 50));
		}
		catch (InvalidInputException | NotFoundException refused) {
			model.addAttribute("results", new Slice<ProposalView>(List.of(), null));
			model.addAttribute("filterError", true);
		}
		model.addAttribute("canWrite", !viewer.get().readOnly());
		return htmx.isHtmxRequest() && cursor != null ? "health/proposals :: page" : "health/proposals";
	}

	@PostMapping("/observations/proposals/{id}/accept")
	String accept(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		try {
			ProposalView accepted = proposals.accept(id, new ProposalDecision(null, null));
			redirect.addFlashAttribute("notice", "proposal.accepted");
			return "redirect:/observations/" + accepted.observationId();
		}
		catch (InvalidInputException | org.bastion.shared.ConflictException | org.bastion.shared.ForbiddenException refused) {
			refuse(redirect, id, refused, locale);
			return "redirect:/observations/proposals";
		}
	}

	@PostMapping("/observations/proposals/{id}/dismiss")
	String dismiss(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
			Locale locale) {
		try {
			proposals.dismiss(id, new ProposalDecision(null, reason == null || reason.length() > 200 ? null : reason));
			redirect.addFlashAttribute("notice", "proposal.dismissed");
		}
		catch (InvalidInputException | org.bastion.shared.ConflictException | org.bastion.shared.ForbiddenException refused) {
			refuse(redirect, id, refused, locale);
		}
		return "redirect:/observations/proposals";
	}

	private void refuse(RedirectAttributes redirect, long id, BastionException refused, Locale locale) {
		redirect.addFlashAttribute("errorId", id);
		redirect.addFlashAttribute("error", RefusalText.text(messages, refused, locale));
	}
}
