package org.bastion.command;

/**
 * A work group to set up at a county or township HQ.
 *
 * @param jurisdictionCode the HQ's county or township; none for the sender's own area
 * @param clientId the phone's or page's id of this submission: the same id again answers the first group
 */
public record NewWorkGroup(WorkGroupKind kind, String name, String jurisdictionCode, String clientId) {

	public NewWorkGroup withClientId(String id) {
		return new NewWorkGroup(kind, name, jurisdictionCode, id);
	}
}
