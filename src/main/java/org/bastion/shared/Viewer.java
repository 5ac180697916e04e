package org.bastion.shared;

/**
 * The signed-in person as lower modules see them: who, the subtree they may read and change,
 * whether personal identifiers are shown to them masked on a record's own page (lists and search results
 * mask them for everyone), and whether they may change anything.
 */
public record Viewer(long userId, String username, String role, JurisdictionPath scope, boolean masked,
		boolean readOnly) {

	public boolean canSee(JurisdictionPath path) {
		return scope.contains(path);
	}
}
