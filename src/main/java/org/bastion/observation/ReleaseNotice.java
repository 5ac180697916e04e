package org.bastion.observation;

import java.time.LocalDate;

/**
 * The release notice (解除医学观察告知书) as printed or shown on a phone. The ID number is always masked:
 * the notice is shown to whoever the person hands their phone to.
 */
public record ReleaseNotice(String number, long observationId, String personName, String maskedIdNumber,
		ObservationKind kind, LocalDate startDate, LocalDate endDate, LocalDate releasedOn, boolean early,
		String issuer) {
}
