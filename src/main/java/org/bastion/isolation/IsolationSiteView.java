package org.bastion.isolation;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A site with its occupancy.
 *
 * @param staff names and phones of the staff, as written
 */
record IsolationSiteView(long id, String name, IsolationSiteKind kind, String jurisdictionCode,
		String address, String staff, int rooms, int beds, int occupied, String createdBy, Instant createdAt) {

	@JsonProperty
	public int free() {
		return Math.max(0, beds - occupied);
	}
}
