package org.bastion.jurisdiction;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bastion.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The choices of the place picker every form and filter uses (`jurisdictions/picker.html`): places of the
 * viewer's area found by name or code as it is typed, or the children of a place to walk the tree down, so
 * that nobody types a 12-digit code.
 */
@Controller
class PlacePickerController {

	private static final int LIMIT = 20;

	private final Jurisdictions jurisdictions;

	PlacePickerController(Jurisdictions jurisdictions) {
		this.jurisdictions = jurisdictions;
	}

	@GetMapping("/jurisdictions/choices")
	String choices(@RequestParam(required = false) String q, @RequestParam(required = false) String parent,
			Model model) {
		Jurisdiction above = parent == null || parent.isBlank() ? null : jurisdictions.visible(parent.strip());
		return offer(above, above != null ? jurisdictions.children(above.code())
				: q == null || q.isBlank() ? jurisdictions.tops() : jurisdictions.search(JurisdictionApiController.query(q), LIMIT),
				above == null ? null : jurisdictions.childrenWithChildren(above.code()), model);
	}

	/**
	 * The destination picker's choices: the places of the whole tree, beyond the viewer's area, for the
	 * village a traveller stopped at a checkpoint is heading to.
	 */
	@GetMapping("/jurisdictions/destinations")
	String destinations(@RequestParam(required = false) String q, @RequestParam(required = false) String parent,
			Model model) {
		Jurisdiction above = parent == null || parent.isBlank() ? null
				: jurisdictions.find(parent.strip()).orElseThrow(() -> new NotFoundException(Jurisdictions.WHAT));
		return offer(above, above != null ? jurisdictions.childrenInTree(above.code())
				: q == null || q.isBlank() ? jurisdictions.treeTops()
						: jurisdictions.searchTree(JurisdictionApiController.query(q), LIMIT),
				above == null ? null : jurisdictions.childrenWithChildrenInTree(above.code()), model);
	}

	/** Below a place only the children with places of their own open further; a search's or the top's may. */
	private String offer(Jurisdiction above, List<Jurisdiction> places, Set<String> opening, Model model) {
		Map<String, String> parents = jurisdictions.names(places.stream().map(Jurisdiction::parentCode).toList());
		model.addAttribute("above", above == null ? null
				: new PlaceChoice(above, above.parentCode() == null ? null
						: jurisdictions.names(Collections.singleton(above.parentCode())).get(above.parentCode()), false));
		model.addAttribute("choices", places.stream()
			.map(p -> new PlaceChoice(p, p.parentCode() == null ? null : parents.get(p.parentCode()),
					opening == null ? p.level() != JurisdictionLevel.BUILDING : opening.contains(p.code())))
			.toList());
		return "jurisdictions/picker :: choices";
	}

	/** A place offered: its name with its parent's, so two villages of one name in two townships differ. */
	record PlaceChoice(Jurisdiction place, String parentName, boolean opens) {

		public String label() {
			return parentName == null ? place.name() : place.name() + " · " + parentName;
		}
	}
}
