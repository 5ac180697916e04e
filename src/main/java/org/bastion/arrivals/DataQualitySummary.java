package org.bastion.arrivals;

import java.time.LocalDate;
import java.util.List;

/** The chosen area's totals and, below it, each child area's: the health office's check table. */
record DataQualitySummary(DataQualityCounts total, List<DataQualityCounts> areas, LocalDate from,
		LocalDate to) {
}
