package org.bastion.web;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.People;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the work waiting for the user, their area and its figures at a glance. */
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
