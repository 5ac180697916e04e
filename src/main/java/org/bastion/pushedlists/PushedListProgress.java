package org.bastion.pushedlists;

import java.util.List;

/**
 * Completion of a list under one area, and per child area.
 *
 * @param areas the child areas holding entries; entries placed on the area itself come first, under its own code
 */
record PushedListProgress(long listId, String jurisdictionCode, Counts total, List<Area> areas) {

	public record Counts(long entries, long verified, long overdue) {

		Counts plus(long entries, long verified, long overdue) {
			return new Counts(this.entries + entries, this.verified + verified, this.overdue + overdue);
		}

		public int percent() {
			return entries == 0 ? 100 : (int) (verified * 100 / entries);
		}
	}

	public record Area(String code, String name, Counts counts) {
	}
}
