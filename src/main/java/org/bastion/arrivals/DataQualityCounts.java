package org.bastion.arrivals;

import java.util.Map;

/**
 * For one area: its arrivals and how many fail each check.
 *
 * @param code the area's code; the total row of a summary carries the chosen node's code too
 */
record DataQualityCounts(String code, String name, long arrivals, Map<DataQualityList, Long> failing) {
}
