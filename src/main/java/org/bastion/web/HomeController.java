package org.bastion.web;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.People;
import org.bastion.security.Role;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page, the day's work of the role: a grid worker's 今日待办 (doors to knock, entries to verify,
 * checks due and missed, alerts, proposals, each count with its first item a tap away), the township's and
 * the county's watch (alerts, overdue verifications, the rounds' coverage, missed checks), each as the
 * modules answer it ({@link WaitingWork}); leaders go to their dashboard, the figures of their area.
 */
@Controller
class HomeController {

	private final CurrentViewer viewer;

	private final Jurisdictions jurisdictions;

	private final People people;

	private final WaitingWork waiting;

	HomeController(CurrentViewer viewer, Jurisdictions jurisdictions, People people, WaitingWork waiting) {
		this.viewer = viewer;
		this.jurisdictions = jurisdictions;
		this.people = people;
		this.waiting = waiting;
	}

	@GetMapping("/")
	String home(Model model) {
		Viewer me = viewer.get();
		// Leaders read figures, not lists of work: the dashboard is their home.
		if (Role.LEADER.name().equals(me.role())) {
			return "redirect:/dashboard";
		}
		model.addAttribute("viewer", me);
		model.addAttribute("areas", jurisdictions.tops());
		model.addAttribute("figures", people.countIn(me.scope()));
		model.addAttribute("waitingWork", waiting.now());
		return "home";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}
}
