package org.bastion.command;

import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.shared.JurisdictionPath;

/**
 * Who may be in a work group and lead it. A group belongs to a county or township HQ; its members are
 * accounts of that HQ's area (its own place or below); its head is one of its members, and a group has one:
 * another is refused unless the head is replaced on purpose.
 */
final class WorkGroupPolicy {

	/** The policy's answer: allowed, or refused with the field and the message key saying why. */
	sealed interface Decision permits Allowed, Refused {
	}

	record Allowed() implements Decision {
	}

	record Refused(String field, String rule, String messageKey) implements Decision {
	}

	private WorkGroupPolicy() {
	}

	/** Whether a group may be set up at a place of this level: a county's or a township's HQ. */
	static boolean placeAccepted(JurisdictionLevel level) {
		return level == JurisdictionLevel.COUNTY || level == JurisdictionLevel.TOWNSHIP;
	}

	/** Whether an account whose area is {@code member} may join a group of the HQ at {@code group}. */
	static Decision join(JurisdictionPath group, JurisdictionPath member) {
		return group.contains(member) ? new Allowed() : new Refused("userId", "inArea", "workGroup.member.outsideArea");
	}

	/**
	 * Whether {@code candidate} may become the head of a group whose head is {@code current} (null: none yet).
	 *
	 * @param member whether the candidate is one of the group's members
	 * @param replace whether the head is being replaced on purpose
	 */
	static Decision lead(Long current, long candidate, boolean member, boolean replace) {
		if (!member) {
			return new Refused("userId", "member", "workGroup.head.notMember");
		}
		if (current != null && current != candidate && !replace) {
			return new Refused("userId", "oneHead", "workGroup.head.already");
		}
		return new Allowed();
	}
}
