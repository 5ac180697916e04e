package org.bastion.jurisdiction;

import org.bastion.shared.JurisdictionPath;

/** A node of the tree. */
public record Jurisdiction(String code, String name, String parentCode, JurisdictionLevel level,
		JurisdictionPath path) {
}
