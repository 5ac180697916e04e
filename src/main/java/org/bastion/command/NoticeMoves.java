package org.bastion.command;

import org.bastion.jurisdiction.JurisdictionMoved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps notices with their places when the tree is rearranged: a moved village's notices would otherwise
 * leave its readers' inbox and its HQ's count. Apart from {@link CommandMoves} so that the tasks' and the
 * notices' tables are re-pathed each in their own transaction.
 */
@Component
class NoticeMoves {

	private final NoticeDatabase notices;

	NoticeMoves(NoticeDatabase notices) {
		this.notices = notices;
	}

	@ApplicationModuleListener
	void on(JurisdictionMoved moved) {
		notices.repath(moved.from(), moved.to());
	}
}
