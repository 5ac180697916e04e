package org.bastion.observation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.bastion.shared.AccountNames;

/**
 * An alert: the reading that opened it, whose it is, and, once closed, what was done.
 *
 * @param monitorName the monitor's display name ({@code monitorUsername} is the login)
 * @param closedByName the display name of who closed it ({@code closedBy} is the login)
 * @param referredClinicId and {@code referredClinicName}: the fever clinic the person was referred to, when the
 * alert was closed by a referral
 */
public record AlertView(long id, long observationId, long personId, String personName, AlertKind kind,
		BigDecimal temperature, Set<Symptom> symptoms, LocalDate readingDate, long readingId, String status,
		String monitorUsername, String monitorName, String jurisdictionCode, Instant openedAt, Instant closedAt,
		String closedBy, String closedByName, AlertAction action, String note, Long referredClinicId,
		String referredClinicName) {

	/** Every login the alerts name, to look their names up at once. */
	static List<String> logins(List<AlertView> alerts) {
		return alerts.stream().flatMap(a -> Stream.of(a.monitorUsername, a.closedBy)).toList();
	}

	/** The alerts with their logins' display names, looked up once for them all. */
	static List<AlertView> named(List<AlertView> alerts, AccountNames names) {
		UnaryOperator<String> name = names.namer(logins(alerts));
		return alerts.stream().map(a -> a.named(name)).toList();
	}

	private AlertView named(UnaryOperator<String> name) {
		return new AlertView(id, observationId, personId, personName, kind, temperature, symptoms, readingDate,
				readingId, status, monitorUsername, name.apply(monitorUsername), jurisdictionCode, openedAt, closedAt,
				closedBy, name.apply(closedBy), action, note, referredClinicId, referredClinicName);
	}

	/** A fever is the louder of the two: the person goes to a fever clinic. */
	public boolean fever() {
		return kind == AlertKind.FEVER;
	}

	public boolean open() {
		return "OPEN".equals(status);
	}

	/** What was done about an alert when it was closed. */
	public enum AlertAction {
		REFERRED_TO_FEVER_CLINIC, RECHECKED_NORMAL, OTHER
	}

	/** What opened an alert: a temperature of 37.3 °C or more, or a symptom with a normal temperature. */
	public enum AlertKind {
		FEVER, SYMPTOM
	}
}
