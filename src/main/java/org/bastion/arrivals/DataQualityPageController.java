package org.bastion.arrivals;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The data-quality page: the check table per area, and the arrivals failing the check chosen. */
@Controller
class DataQualityPageController {

	private final DataQuality quality;

	DataQualityPageController(DataQuality quality) {
		this.quality = quality;
	}

	@GetMapping("/arrivals/quality")
	String page(ArrivalPeriod period, @RequestParam(required = false) DataQualityList check,
			@RequestParam(required = false) String cursor, Model model) {
		String jurisdiction = period.jurisdiction();
		var summary = quality.summary(jurisdiction, period.from(), period.to());
		model.addAttribute("summary", summary);
		model.addAttribute("checks", DataQualityList.values());
		model.addAttribute("check", check);
		model.addAttribute("jurisdiction", jurisdiction == null ? "" : jurisdiction);
		if (check != null) {
			model.addAttribute("failing", quality.failing(check, jurisdiction, summary.from(), summary.to(), cursor, 50));
		}
		return "arrivals/quality";
	}
}
