package org.bastion.command;

import java.util.UUID;

import org.bastion.shared.Idempotency;

/**
 * The form of a new work group as typed: a kind from the list, the group's name and its HQ's place from the
 * place picker (none: the sender's own area).
 */
record WorkGroupForm(String kind, String name, String jurisdictionCode, String clientId) {

	static WorkGroupForm blank() {
		return new WorkGroupForm("", "", "", "page-" + UUID.randomUUID());
	}

	NewWorkGroup toGroup() {
		WorkGroupKind chosen = null;
		for (WorkGroupKind k : WorkGroupKind.values()) {
			if (k.name().equals(kind)) {
				chosen = k;
			}
		}
		return new NewWorkGroup(chosen, name, jurisdictionCode, Idempotency.ofForm(clientId));
	}
}
