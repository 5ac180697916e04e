package org.bastion.rounds;

/**
 * The figures of a round over one area. {@code visited} counts households screened (with or without
 * returnees); {@code pending} those never reached; {@code overdue} the pending ones once the deadline
 * has passed, which is every pending one then, and none before.
 */
public record Coverage(String jurisdictionCode, String name, long households, long visited, long withReturnees,
		long nobodyHome, long refused, long pending, long overdue) {

	public static Coverage empty(String jurisdictionCode, String name) {
		return new Coverage(jurisdictionCode, name, 0, 0, 0, 0, 0, 0, 0);
	}

	/** Households visited out of all, in whole percent rounded down, so 100 means every door. */
	public int percent() {
		return households == 0 ? 0 : (int) (visited * 100 / households);
	}

	/** Households still to reach: never tried, or nobody home so far. */
	public long remaining() {
		return pending + nobodyHome;
	}

	Coverage plus(VisitStatus status, long count, boolean pastDeadline) {
		return new Coverage(jurisdictionCode, name, households + count, visited + (status.visited() ? count : 0),
				withReturnees + (status == VisitStatus.VISITED_WITH_RETURNEES ? count : 0),
				nobodyHome + (status == VisitStatus.NOBODY_HOME ? count : 0),
				refused + (status == VisitStatus.REFUSED ? count : 0), pending + (status == VisitStatus.PENDING ? count : 0),
				overdue + (status == VisitStatus.PENDING && pastDeadline ? count : 0));
	}
}
