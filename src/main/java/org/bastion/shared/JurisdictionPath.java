package org.bastion.shared;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A node's place in the jurisdiction tree as its materialised path, e.g.
 * {@code /511528/511528103/511528103201/}. Every place-bound row carries one; a subtree is
 * every path that starts with its root's path, which is what makes scoping one prefix predicate.
 */
public record JurisdictionPath(String value) {

	private static final Pattern SHAPE = Pattern.compile("/|(/[0-9A-Za-z]{1,24})+/");

	/** Everything the deployment holds: the area of a system administrator before any tree exists. */
	public static final JurisdictionPath ROOT = new JurisdictionPath("/");

	public JurisdictionPath {
		if (value == null || !SHAPE.matcher(value).matches()) {
			throw new IllegalArgumentException("Not a jurisdiction path: " + value);
		}
	}

	public static JurisdictionPath of(String... codes) {
		if (codes.length == 0) {
			return ROOT;
		}
		return new JurisdictionPath("/" + String.join("/", codes) + "/");
	}

	public JurisdictionPath child(String code) {
		return new JurisdictionPath(value + code + "/");
	}

	/** True when {@code other} is this node or lies below it. */
	public boolean contains(JurisdictionPath other) {
		return other.value.startsWith(value);
	}

	public boolean isRoot() {
		return value.equals("/");
	}

	public List<String> codes() {
		if (isRoot()) {
			return List.of();
		}
		return Arrays.asList(value.substring(1, value.length() - 1).split("/"));
	}

	public String leafCode() {
		List<String> codes = codes();
		return codes.isEmpty() ? null : codes.get(codes.size() - 1);
	}

	public int depth() {
		return codes().size();
	}

	/** The {@code LIKE} pattern matching this subtree; codes never hold {@code %} or {@code _}. */
	public String likePattern() {
		return value + "%";
	}

	@Override
	public String toString() {
		return value;
	}
}
