package org.bastion.pushedlists;

import java.time.LocalDate;

/** A pushed list was read and its entries dispatched to the grids. */
public record PushedListImported(long listId, String name, String jurisdictionCode, LocalDate deadline, int rows,
		int accepted, int rejected, int matched) {
}
