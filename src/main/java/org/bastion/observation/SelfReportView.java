package org.bastion.observation;

import java.time.LocalDate;
import java.util.List;

/**
 * What the observed person sees behind their link: their name masked (the link may be forwarded), the
 * order's dates, and today's checks.
 */
public record SelfReportView(String maskedName, LocalDate startDate, LocalDate endDate, LocalDate today,
		boolean open, boolean checksToday, List<SlotView> todaySlots) {
}
