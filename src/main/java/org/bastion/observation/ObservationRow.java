package org.bastion.observation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bastion.shared.JurisdictionPath;

/** An order as stored. */
record ObservationRow(long id, String clientId, long personId, String personName, ObservationKind kind,
		ObservationReason reason, ObservationStatus status, LocalDate startDate, LocalDate endDate,
		List<CheckWindow> windows, Long monitorUserId, String monitorUsername, Long siteId, String jurisdictionCode,
		JurisdictionPath jurisdictionPath, String selfReportSecret, LocalDate lastReadingDate, Integer lastReadingSlot,
		BigDecimal lastTemperature, Boolean lastReadingAbnormal, int extendedDays, String extensionReason,
		LocalDate releasedOn, String releaseReason, Boolean releasedEarly, String releasedBy, String noticeNumber,
		String createdBy, Instant createdAt) {

	ObservationPeriod period() {
		return new ObservationPeriod(startDate, (int) (endDate.toEpochDay() - startDate.toEpochDay()));
	}

	boolean open() {
		return status == ObservationStatus.OPEN;
	}

	/** The token of the self-report link: the order's id, so a token moved to another order fails, and a secret. */
	String selfReportToken() {
		return id + "-" + selfReportSecret;
	}
}
