package org.bastion.arrivals;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
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
	String page(@RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) DataQualityList check, @RequestParam(required = false) String cursor,
			Model model) {
		var summary = quality.summary(jurisdiction, from, to);
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
