package org.bastion.pushedlists;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bastion.people.PersonMatching;
import org.bastion.shared.JurisdictionPath;

/**
 * Where an entry of a pushed list goes to be verified: the grid of the person it was matched to; else
 * the township the row names (所属乡镇) among the list area's children; else the list's own area,
 * whose staff pass it on.
 */
sealed interface ListEntryDispatch {

	/** A place of the tree, as the dispatch needs it. */
	record Place(String code, String name, JurisdictionPath path) {
	}

	String code();

	JurisdictionPath path();

	/** The stored kind: PERSON, TOWNSHIP or LIST. */
	String kind();

	record ToPersonsGrid(String code, JurisdictionPath path) implements ListEntryDispatch {

		@Override
		public String kind() {
			return "PERSON";
		}
	}

	record ToTownship(String code, JurisdictionPath path) implements ListEntryDispatch {

		@Override
		public String kind() {
			return "TOWNSHIP";
		}
	}

	record ToListArea(String code, JurisdictionPath path) implements ListEntryDispatch {

		@Override
		public String kind() {
			return "LIST";
		}
	}

	/** The rule, given the list's area and its children by name. */
	final class Rule {

		private final Place area;

		private final Map<String, Place> children = new HashMap<>();

		private final List<Place> all;

		Rule(Place area, List<Place> children) {
			this.area = area;
			this.all = new ArrayList<>(children);
			for (Place child : children) {
				this.children.put(key(child.name()), child);
			}
		}

		ListEntryDispatch decide(PersonMatching.Match match, String township) {
			if (match != null && area.path().contains(match.jurisdictionPath())) {
				return new ToPersonsGrid(match.jurisdictionCode(), match.jurisdictionPath());
			}
			Optional<Place> named = township(township);
			if (named.isPresent()) {
				return new ToTownship(named.get().code(), named.get().path());
			}
			return new ToListArea(area.code(), area.path());
		}

		/** The child a row names: by its full name, or by the start of it when only one child starts so (共乐 for 共乐镇). */
		Optional<Place> township(String text) {
			String key = key(text);
			if (key.isEmpty()) {
				return Optional.empty();
			}
			Place exact = children.get(key);
			if (exact != null) {
				return Optional.of(exact);
			}
			if (key.length() < 2) {
				return Optional.empty();
			}
			List<Place> starting = all.stream().filter(p -> key(p.name()).startsWith(key)).toList();
			return starting.size() == 1 ? Optional.of(starting.getFirst()) : Optional.empty();
		}

		private static String key(String name) {
			return name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s", "");
		}
	}
}
