package org.bastion.jurisdiction;

import org.bastion.shared.JurisdictionPath;

/**
 * A node and its subtree now hang elsewhere: every row stamped with a path under {@code oldPath}
 * must be re-stamped under {@code newPath}.
 */
public record JurisdictionMoved(String code, String oldPath, String newPath) {

	/** Where the subtree hung. */
	public JurisdictionPath from() {
		return new JurisdictionPath(oldPath);
	}

	/** Where it hangs now. */
	public JurisdictionPath to() {
		return new JurisdictionPath(newPath);
	}
}
