package org.bastion.checkpoint;

import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.PageErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The roadside's follow-ups as pages: the fevers caught at the area's checkpoints for the township, the people
 * handed over to the area's places for the grid, each follow-up with the phone to call and what to do next.
 */
@Controller
class FollowUpPageController {

	private final FollowUps followUps;

	private final CurrentViewer viewer;

	private final FieldClock clock;

	FollowUpPageController(FollowUps followUps, CurrentViewer viewer, FieldClock clock) {
		this.followUps = followUps;
		this.viewer = viewer;
		this.clock = clock;
	}

	@GetMapping("/checkpoints/fevers")
	String fevers(@RequestParam(required = false) String status, @RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) String cursor, Model model) {
		return list(FollowUpKind.FEVER, status, jurisdiction, cursor, model);
	}

	@GetMapping("/checkpoints/hand-overs")
	String handOvers(@RequestParam(required = false) String status, @RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) String cursor, Model model) {
		return list(FollowUpKind.HAND_OVER, status, jurisdiction, cursor, model);
	}

	@GetMapping("/checkpoints/follow-ups/{id}")
	String followUp(@PathVariable long id, Model model) {
		model.addAttribute("followUp", followUps.find(id));
		model.addAttribute("canWrite", !viewer.get().readOnly());
		model.addAttribute("zone", clock.zone());
		return "checkpoints/follow-up";
	}

	@PostMapping("/checkpoints/follow-ups/{id}/close")
	String close(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		try {
			FollowUpView closed = followUps.close(id, note);
			redirect.addFlashAttribute("followUpNotice", "followUp.closed.notice." + closed.kind());
			return "redirect:" + listOf(closed.kind());
		}
		catch (InvalidInputException | ConflictException refused) {
			redirect.addFlashAttribute("closeErrors", PageErrors.of(refused));
			redirect.addFlashAttribute("note", note);
			return "redirect:/checkpoints/follow-ups/" + id;
		}
	}

	private String list(FollowUpKind kind, String status, String jurisdiction, String cursor, Model model) {
		boolean open = !"closed".equalsIgnoreCase(status);
		model.addAttribute("kind", kind);
		model.addAttribute("open", open);
		model.addAttribute("jurisdiction", jurisdiction);
		model.addAttribute("page", followUps.list(kind, open, jurisdiction, cursor, null));
		model.addAttribute("listHref", listOf(kind));
		model.addAttribute("zone", clock.zone());
		return "checkpoints/follow-ups";
	}

	static String listOf(FollowUpKind kind) {
		return kind == FollowUpKind.FEVER ? "/checkpoints/fevers" : "/checkpoints/hand-overs";
	}
}
