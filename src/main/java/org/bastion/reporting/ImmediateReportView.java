package org.bastion.reporting;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.bastion.shared.AccountNames;
import org.bastion.shared.Masking;

/**
 * An immediate report: what happened where and when, who reported it, and, once acknowledged, who did when
 * and with what note.
 *
 * @param link the page of the record it was drafted from (a case), or null
 * @param drafted whether the system drafted it from the records (a confirmed case, a fever cluster)
 * @param reportedByName the reporter's display name ({@code reportedBy} is the login)
 * @param acknowledgedByName the display name of who acknowledged it ({@code acknowledgedBy} is the login)
 * @param replayed whether this answers a client id sent before, storing nothing new
 */
record ImmediateReportView(long id, ImmediateReportKind kind, String jurisdictionCode, String placeName,
		String whatHappened, Instant happenedAt, Long personId, String personName, String link, boolean drafted,
		String reportedBy, String reportedByName, String reporterPhone, Instant reportedAt, boolean open,
		String acknowledgedBy, String acknowledgedByName, Instant acknowledgedAt, String acknowledgementNote,
		boolean replayed) {

	/**
	 * The reports with their logins' display names, looked up once for them all, and the reporters' phones
	 * masked when {@code masked}.
	 */
	static List<ImmediateReportView> named(List<ImmediateReportView> reports, AccountNames names, boolean masked,
			boolean replayed) {
		UnaryOperator<String> name = names
			.namer(reports.stream().flatMap(r -> Stream.of(r.reportedBy, r.acknowledgedBy)).toList());
		return reports.stream()
			.map(r -> r.with(name, masked && r.reporterPhone != null ? Masking.phone(r.reporterPhone) : r.reporterPhone,
					replayed))
			.toList();
	}

	private ImmediateReportView with(UnaryOperator<String> name, String phone, boolean replay) {
		return new ImmediateReportView(id, kind, jurisdictionCode, placeName, whatHappened, happenedAt, personId,
				personName, link, drafted, reportedBy, name.apply(reportedBy), phone, reportedAt, open, acknowledgedBy,
				name.apply(acknowledgedBy), acknowledgedAt, acknowledgementNote, replay);
	}
}
