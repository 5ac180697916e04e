package org.bastion.cases;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The tracing view: case, contacts, their contacts, as nested lists. */
@Controller
class TracingPageController {

	private final Tracing tracing;

	TracingPageController(Tracing tracing) {
		this.tracing = tracing;
	}

	@GetMapping("/cases/{id}/tracing")
	String tracing(@PathVariable long id, Model model) {
		model.addAttribute("tree", tracing.of(id));
		return "health/cases/tracing";
	}
}
