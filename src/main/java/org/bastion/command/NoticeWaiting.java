package org.bastion.command;

import java.util.List;

import org.bastion.shared.Viewer;
import org.bastion.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * The notices the signed-in person has not read: their count beside the navigation (an HQ's word is read the
 * day it comes, so it shows as urgent), and on the home page the first of them, a tap from opening.
 */
@Component
class NoticeWaiting implements WorkWaiting {

	static final int ON_HOME = 3;

	private final Notices notices;

	NoticeWaiting(Notices notices) {
		this.notices = notices;
	}

	@Override
	public List<Waiting> waiting(Viewer viewer, Shown shown) {
		long unread = notices.countUnread(viewer);
		if (unread == 0) {
			return List.of();
		}
		List<Item> first = shown == Shown.IN_NAVIGATION ? List.of()
				: notices.inboxFirst(ON_HOME).stream().filter(n -> !n.read())
					.map(n -> new Item("notice.kind." + n.kind(), n.title(), "/notices/" + n.id(), n.localSent()))
					.toList();
		return List.of(new Waiting("command-notices", "notice.waiting.unread", unread, "/notices", Tone.URGENT, first));
	}
}
