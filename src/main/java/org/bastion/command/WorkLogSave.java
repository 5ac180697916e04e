package org.bastion.command;

import java.time.LocalDate;

/**
 * A save of the day's work log of a place: its sections as the HQ edited them, and the version it edited
 * (null or 0 for the first save of the day), so that a save over someone else's newer one is refused.
 *
 * @param jurisdiction the place's code, the caller's own area when blank
 * @param clientId the same id again stores nothing and answers the first save
 */
record WorkLogSave(String clientId, String jurisdiction, LocalDate date, Integer version, String reports,
		String alerts, String tasks, String assessment) {

	WorkLogSave withClientId(String id) {
		return new WorkLogSave(id, jurisdiction, date, version, reports, alerts, tasks, assessment);
	}

	WorkLogText text() {
		return new WorkLogText(reports, alerts, tasks, assessment);
	}
}
