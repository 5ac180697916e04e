package org.bastion.isolation;

import java.util.List;

/** Beds, occupied and free, per site and in total, for an area. */
record Occupancy(List<OccupancyLine> sites, int beds, int occupied, int free) {

	static Occupancy of(List<OccupancyLine> sites) {
		int beds = sites.stream().mapToInt(OccupancyLine::beds).sum();
		int occupied = sites.stream().mapToInt(OccupancyLine::occupied).sum();
		return new Occupancy(sites, beds, occupied, Math.max(0, beds - occupied));
	}
}
