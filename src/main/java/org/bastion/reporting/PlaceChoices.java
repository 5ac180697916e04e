package org.bastion.reporting;

import java.util.LinkedHashMap;
import java.util.Map;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.springframework.stereotype.Component;

/**
 * The places a report's form offers by name: the viewer's area and the places two levels below it, each
 * under its parent and indented, so that nobody types a 12-digit code.
 */
@Component
class PlaceChoices {

	private final Jurisdictions jurisdictions;

	PlaceChoices(Jurisdictions jurisdictions) {
		this.jurisdictions = jurisdictions;
	}

	/** @param most the longest list a select stays usable at; deeper places are left out first */
	Map<String, String> twoLevelsDown(int most) {
		Map<String, String> choices = new LinkedHashMap<>();
		for (Jurisdiction top : jurisdictions.tops()) {
			add(top, 0, most, choices);
		}
		return choices;
	}

	private void add(Jurisdiction node, int depth, int most, Map<String, String> choices) {
		if (choices.size() >= most) {
			return;
		}
		choices.put(node.code(), "\u3000".repeat(depth) + node.name());
		if (depth < 2) {
			for (Jurisdiction child : jurisdictions.children(node.code())) {
				add(child, depth + 1, most, choices);
			}
		}
	}
}
