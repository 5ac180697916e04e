package org.bastion.arrivals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.bastion.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The measures table as a page: everyone reads it, HQ picks each row's measure and saves. */
@Controller
class MeasurePageController {

	private final Measures measures;

	private final MessageSource messages;

	MeasurePageController(Measures measures, MessageSource messages) {
		this.measures = measures;
		this.messages = messages;
	}

	@GetMapping("/measures")
	String page(Model model, HttpServletRequest request) {
		model.addAttribute("rules", measures.table().rules());
		model.addAttribute("measureChoices", Measure.values());
		model.addAttribute("canEdit", request.isUserInRole("SYSTEM_ADMIN") || request.isUserInRole("HQ_STAFF"));
		return "arrivals/measures";
	}

	/** Each row arrives as a field named {@code LEVEL_fever} (HIGH_false, HIGH_true, …). */
	@PostMapping("/measures")
	String save(@RequestParam Map<String, String> fields, RedirectAttributes redirect, Locale locale) {
		List<MeasureTableRow> rules = new ArrayList<>();
		for (RiskLevel level : RiskLevel.values()) {
			for (boolean fever : new boolean[] { false, true }) {
				String value = fields.get(level.name() + "_" + fever);
				Measure measure = null;
				try {
					measure = value == null ? null : Measure.valueOf(value);
				}
				catch (IllegalArgumentException unknown) {
					// Left null: the table's check names the row.
				}
				rules.add(measure == null ? null : new MeasureTableRow(level, fever, measure));
			}
		}
		try {
			measures.replace(rules);
			redirect.addFlashAttribute("notice", messages.getMessage("measure.saved", null, locale));
		}
		catch (InvalidInputException refused) {
			redirect.addFlashAttribute("errors", refused.violations()
				.stream()
				.map(v -> messages.getMessage(v.messageKey(), v.arguments(), locale))
				.toList());
		}
		return "redirect:/measures";
	}
}
