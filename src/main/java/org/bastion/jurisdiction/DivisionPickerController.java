package org.bastion.jurisdiction;

import java.util.List;

import org.bastion.jurisdiction.Divisions.Division;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The choices of the division picker (`jurisdictions/picker :: divisionField`): divisions of the national
 * catalogue found by name or code as it is typed (湖北 offers the province before its cities), or the
 * divisions below one to walk down to a district, so that where a traveller comes from is picked, not typed.
 */
@Controller
class DivisionPickerController {

	private static final int LIMIT = 20;

	private final Divisions divisions;

	DivisionPickerController(Divisions divisions) {
		this.divisions = divisions;
	}

	@GetMapping("/divisions/choices")
	String choices(@RequestParam(required = false) String q, @RequestParam(required = false) String parent,
			Model model) {
		Division above = parent == null || parent.isBlank() ? null : divisions.find(parent.strip()).orElse(null);
		List<Division> found = above != null ? divisions.children(above.code())
				: q == null || q.isBlank() ? List.of() : divisions.search(JurisdictionApiController.query(q), LIMIT);
		model.addAttribute("above", above);
		model.addAttribute("choices", found);
		return "jurisdictions/picker :: divisionChoices";
	}
}
