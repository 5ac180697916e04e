package org.bastion.jurisdiction;


/** A node as the API returns it: its path as text, e.g. {@code /511528/511528103/}. */
record JurisdictionResponse(String code, String name, JurisdictionLevel level, String path, String parentCode) {

	static JurisdictionResponse of(Jurisdiction node) {
		return new JurisdictionResponse(node.code(), node.name(), node.level(), node.path().value(), node.parentCode());
	}
}
