package org.bastion.isolation;

/** One site's beds, occupied and free. */
record OccupancyLine(long siteId, String name, String jurisdictionCode, int beds, int occupied, int free) {
}
