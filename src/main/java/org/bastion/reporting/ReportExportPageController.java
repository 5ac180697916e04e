package org.bastion.reporting;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The export page (a place by name, a date, a format, a download button) and the DHIS2 mapping page HQ
 * edits: the data set, a data element per figure, and the areas DHIS2 codes otherwise.
 */
@Controller
class ReportExportPageController {

	/** A county's townships and villages fit; a deeper pick is typed as a code in the API. */
	private static final int MOST_PLACES = 400;

	private static final String ELEMENT = "element.";

	private final PlaceChoices places;

	private final ReportWindows windows;

	private final DailyFigures figures;

	private final Dhis2Mappings mappings;

	private final MessageSource messages;

	ReportExportPageController(PlaceChoices places, ReportWindows windows, DailyFigures figures,
			Dhis2Mappings mappings, MessageSource messages) {
		this.places = places;
		this.windows = windows;
		this.figures = figures;
		this.mappings = mappings;
		this.messages = messages;
	}

	@GetMapping("/reports/export")
	String exportPage(Model model, HttpServletRequest request) {
		model.addAttribute("places", places.twoLevelsDown(MOST_PLACES));
		model.addAttribute("today", windows.current());
		model.addAttribute("unmapped", mappings.unmapped(mappings.current()));
		model.addAttribute("canMap", request.isUserInRole("SYSTEM_ADMIN") || request.isUserInRole("HQ_STAFF"));
		return "reporting/export";
	}

	@GetMapping("/reports/dhis2-mapping")
	String mappingPage(Model model) {
		Dhis2Mapping mapping = mappings.forEditing();
		mappingModel(model, mapping.dataSet(), mapping.dataElements(), orgUnitLines(mapping.orgUnits()), Map.of());
		return "reporting/export-dhis2-mapping";
	}

	/** Each figure's data element arrives as {@code element.<figure key>}; the areas as lines of {@code code=orgUnit}. */
	@PostMapping("/reports/dhis2-mapping")
	String saveMapping(@RequestParam Map<String, String> fields, Model model, RedirectAttributes redirect,
			Locale locale) {
		// Refused before the fields are read: only HQ learns what the form would have said of them.
		mappings.forEditing();
		String dataSet = fields.get("dataSet");
		String orgUnitText = fields.getOrDefault("orgUnits", "");
		Map<String, String> elements = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (name.startsWith(ELEMENT)) {
				elements.put(name.substring(ELEMENT.length()), value);
			}
		});
		try {
			Map<String, String> orgUnits = parseOrgUnits(orgUnitText);
			mappings.replace(new Dhis2Mapping(dataSet, elements, orgUnits));
			redirect.addFlashAttribute("notice", messages.getMessage("report.dhis2.saved", null, locale));
			return "redirect:/reports/dhis2-mapping";
		}
		catch (InvalidInputException refused) {
			Map<String, String> errors = new LinkedHashMap<>();
			for (FieldViolation violation : refused.violations()) {
				String field = violation.field().startsWith("dataElements.")
						? ELEMENT + violation.field().substring("dataElements.".length())
						: violation.field().startsWith("orgUnits") ? "orgUnits" : violation.field();
				errors.merge(field, messages.getMessage(violation.messageKey(), violation.arguments(), locale),
						(a, b) -> a + " " + b);
			}
			mappingModel(model, dataSet, elements, orgUnitText, errors);
			return "reporting/export-dhis2-mapping";
		}
	}

	/** Lines of {@code code=orgUnit} (or a space between); a line of neither shape is refused by its number. */
	static Map<String, String> parseOrgUnits(String text) {
		Map<String, String> orgUnits = new LinkedHashMap<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\\s*=\\s*|\\s+", 2);
			if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
				throw new InvalidInputException(new FieldViolation("orgUnits", "line", "report.dhis2.orgUnit.line", i + 1));
			}
			orgUnits.put(parts[0], parts[1]);
		}
		return orgUnits;
	}

	private void mappingModel(Model model, String dataSet, Map<String, String> elements, String orgUnits,
			Map<String, String> errors) {
		model.addAttribute("figures", figures.catalogue());
		model.addAttribute("dataSet", dataSet);
		model.addAttribute("elements", elements);
		model.addAttribute("orgUnits", orgUnits);
		model.addAttribute("errors", errors);
	}

	private static String orgUnitLines(Map<String, String> orgUnits) {
		StringBuilder lines = new StringBuilder();
		orgUnits.forEach((code, orgUnit) -> lines.append(code).append('=').append(orgUnit).append('\n'));
		return lines.toString();
	}


}
