package org.bastion.jurisdiction;

/**
 * A node and its subtree now hang elsewhere: every row stamped with a path under {@code oldPath}
 * must be re-stamped under {@code newPath}.
 */
public record JurisdictionMoved(String code, String oldPath, String newPath) {
}
