package org.bastion.command;

import java.time.LocalDate;

/**
 * The evening review of a place and a day: the figures it was drafted from, the draft, and the log saved for
 * the day if there is one (null when none yet).
 */
record EveningReviewView(String jurisdictionCode, String placeName, LocalDate date, EveningReviewFigures figures,
		WorkLogText draft, WorkLogView saved) {
}
