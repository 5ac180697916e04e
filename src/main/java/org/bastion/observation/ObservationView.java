package org.bastion.observation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.bastion.observation.ObservationDatabase.ObservationRow;

/**
 * An order as a viewer sees it.
 *
 * @param monitorName the monitor's display name ({@code monitorUsername} is the login); likewise
 *        {@code releasedByName} and {@code createdByName}
 * @param periodDays days with checks, extensions included
 * @param windows the check windows of each day, {@code 08:00-12:00}
 * @param selfReportToken the token of the person's self-report link; null for read-only viewers
 * @param replayed true when a retried submission returned the order made the first time
 */
public record ObservationView(long id, long personId, String personName, ObservationKind kind,
		ObservationReason reason, ObservationStatus status, LocalDate startDate, LocalDate endDate, int periodDays,
		List<String> windows, Long monitorUserId, String monitorUsername, String monitorName, Long siteId,
		String jurisdictionCode, LocalDate lastReadingDate, BigDecimal lastTemperature, Boolean lastReadingAbnormal,
		int extendedDays, String extensionReason, LocalDate releasedOn, String releaseReason, Boolean releasedEarly,
		String releasedBy, String releasedByName, String noticeNumber, String createdBy, String createdByName,
		Instant createdAt, String selfReportToken, boolean replayed) {

	/** Every login the order names, to look their names up with others' at once. */
	static Stream<String> logins(ObservationRow row) {
		return Stream.of(row.monitorUsername(), row.releasedBy(), row.createdBy());
	}

	/** @param names each login's display name, looked up for {@link #logins} */
	static ObservationView of(ObservationRow row, UnaryOperator<String> names, boolean showToken, boolean replayed) {
		return new ObservationView(row.id(), row.personId(), row.personName(), row.kind(), row.reason(), row.status(),
				row.startDate(), row.endDate(), row.period().days(), row.windows().stream().map(CheckWindow::toString).toList(),
				row.monitorUserId(), row.monitorUsername(), names.apply(row.monitorUsername()), row.siteId(),
				row.jurisdictionCode(), row.lastReadingDate(), row.lastTemperature(), row.lastReadingAbnormal(),
				row.extendedDays(), row.extensionReason(), row.releasedOn(), row.releaseReason(), row.releasedEarly(),
				row.releasedBy(), names.apply(row.releasedBy()), row.noticeNumber(), row.createdBy(),
				names.apply(row.createdBy()), row.createdAt(), showToken && row.open() ? row.selfReportToken() : null,
				replayed);
	}

	public boolean open() {
		return status == ObservationStatus.OPEN;
	}

	/** Where the person is observed: at home (居家医学观察) or at a central site (集中隔离点). */
	public enum ObservationKind {
		HOME, SITE
	}

	/** Why a person is put under observation. */
	public enum ObservationReason {
		ARRIVAL_FROM_RISK_AREA, CLOSE_CONTACT, FEVER, OTHER
	}

	/** An order is open until it is released, on its end date or early with a reason. */
	public enum ObservationStatus {
		OPEN, RELEASED
	}
}
