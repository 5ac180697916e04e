package org.bastion.security;

/**
 * What a user does, and so what they may see: masked roles read ID numbers and phones masked on a
 * record's own page too, unless they explicitly reveal them (audited); lists and search results are
 * masked for every role. Read-only roles change nothing.
 */
public enum Role {
	SYSTEM_ADMIN(false, false), HQ_STAFF(false, false), TOWNSHIP_STAFF(false, false), VILLAGE_CADRE(false, false),
	GRID_WORKER(false, false), CHECKPOINT_STAFF(true, false), MEDICAL_STAFF(false, false), LEADER(true, true);

	private final boolean masked;

	private final boolean readOnly;

	Role(boolean masked, boolean readOnly) {
		this.masked = masked;
		this.readOnly = readOnly;
	}

	public boolean masked() {
		return masked;
	}

	public boolean readOnly() {
		return readOnly;
	}

	public String authority() {
		return "ROLE_" + name();
	}
}
