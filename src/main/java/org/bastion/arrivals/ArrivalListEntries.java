package org.bastion.arrivals;

import java.time.LocalDate;

/**
 * The pushed-list entries that arrivals are registered from. Pushed lists keep them and implement
 * this, so that an entry can be verified with the arrival it found while arrivals knows nothing of lists.
 */
public interface ArrivalListEntries {

	/** An entry as the arrival form is filled from, masked for the viewer; not found outside their area. */
	Lead lead(long entryId);

	/** Whether the entry exists inside {@code scopePattern} (a subtree's LIKE pattern). */
	boolean holds(long entryId, String scopePattern);

	/** The entry an arrival form was opened from: the person as the list names them, and where it was sent. */
	record Lead(long entryId, String listName, int line, String idNumber, String name, String phone,
			String jurisdictionCode, String origin, LocalDate arrivalDate) {
	}
}
