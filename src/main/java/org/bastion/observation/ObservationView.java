package org.bastion.observation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An order as a viewer sees it.
 *
 * @param periodDays days with checks, extensions included
 * @param windows the check windows of each day, {@code 08:00-12:00}
 * @param selfReportToken the token of the person's self-report link; null for read-only viewers
 * @param replayed true when a retried submission returned the order made the first time
 */
public record ObservationView(long id, long personId, String personName, ObservationKind kind,
		ObservationReason reason, ObservationStatus status, LocalDate startDate, LocalDate endDate, int periodDays,
		List<String> windows, Long monitorUserId, String monitorUsername, Long siteId, String jurisdictionCode,
		LocalDate lastReadingDate, BigDecimal lastTemperature, Boolean lastReadingAbnormal, int extendedDays,
		String extensionReason, LocalDate releasedOn, String releaseReason, Boolean releasedEarly, String releasedBy,
		String noticeNumber, String createdBy, Instant createdAt, String selfReportToken, boolean replayed) {

	static ObservationView of(ObservationRow row, boolean showToken, boolean replayed) {
		return new ObservationView(row.id(), row.personId(), row.personName(), row.kind(), row.reason(), row.status(),
				row.startDate(), row.endDate(), row.period().days(), row.windows().stream().map(CheckWindow::toString).toList(),
				row.monitorUserId(), row.monitorUsername(), row.siteId(), row.jurisdictionCode(), row.lastReadingDate(),
				row.lastTemperature(), row.lastReadingAbnormal(), row.extendedDays(), row.extensionReason(),
				row.releasedOn(), row.releaseReason(), row.releasedEarly(), row.releasedBy(), row.noticeNumber(),
				row.createdBy(), row.createdAt(), showToken && row.open() ? row.selfReportToken() : null, replayed);
	}

	public boolean open() {
		return status == ObservationStatus.OPEN;
	}
}
