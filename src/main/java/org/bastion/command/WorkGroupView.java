package org.bastion.command;

import java.util.List;

/**
 * A work group as the API and the pages show it: its HQ's place, its head (null while it has none) and its
 * members by name, the head first.
 *
 * @param replayed true when a repeated client id answered the group stored the first time
 */
public record WorkGroupView(long id, WorkGroupKind kind, String name, String jurisdictionCode, String placeName,
		Long headUserId, String headName, List<WorkGroupMember> members, boolean replayed) {

	WorkGroupView asReplay() {
		return new WorkGroupView(id, kind, name, jurisdictionCode, placeName, headUserId, headName, members, true);
	}
}
