package org.bastion.cases;

import java.time.LocalDate;

/** New cases by status on one day in an area: how many became suspected, confirmed, ... that day. */
record CaseDailyCount(LocalDate date, long suspected, long confirmed, long asymptomatic, long recovered,
		long died) {
}
