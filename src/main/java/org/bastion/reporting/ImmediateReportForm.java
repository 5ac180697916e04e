package org.bastion.reporting;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/**
 * The new-report form as typed: text, so that a wrong time or person id is shown back beside its field rather
 * than refused before the page can say which one.
 */
record ImmediateReportForm(@Size(max = 24, message = "{immediate.kind.required}") String kind,
		@Size(max = 24, message = "{immediate.jurisdictionCode.unknown}") String jurisdictionCode,
		@Size(max = 1000, message = "{immediate.whatHappened.size}") String whatHappened,
		@Size(max = 20, message = "{immediate.happenedAt.required}") String happenedAt,
		@Size(max = 20, message = "{immediate.personId.unknown}") String personId,
		@Size(max = 20, message = "{immediate.phone.invalid}") String reporterPhone,
		@Size(max = 64, message = "{immediate.clientId.size}") String clientId) {

	/** A fresh form: now, the viewer's own area, the phone of their last report. */
	static ImmediateReportForm blank(LocalDateTime now, String area, String phone) {
		return new ImmediateReportForm(null, area, null, now.withSecond(0).withNano(0).toString(), null, phone,
				UUID.randomUUID().toString());
	}

	NewImmediateReport toReport(BindingResult binding) {
		ImmediateReportKind chosen = null;
		if (blank(kind)) {
			binding.rejectValue("kind", "immediate.kind.required");
		}
		else {
			try {
				chosen = ImmediateReportKind.valueOf(kind.strip());
			}
			catch (IllegalArgumentException unknown) {
				binding.rejectValue("kind", "immediate.kind.required");
			}
		}
		if (blank(jurisdictionCode)) {
			binding.rejectValue("jurisdictionCode", "immediate.jurisdictionCode.required");
		}
		if (blank(whatHappened)) {
			binding.rejectValue("whatHappened", "immediate.whatHappened.required");
		}
		LocalDateTime when = null;
		if (blank(happenedAt)) {
			binding.rejectValue("happenedAt", "immediate.happenedAt.required");
		}
		else {
			try {
				when = LocalDateTime.parse(happenedAt.strip());
			}
			catch (DateTimeParseException notATime) {
				binding.rejectValue("happenedAt", "immediate.happenedAt.required");
			}
		}
		Long person = null;
		if (!blank(personId)) {
			try {
				person = Long.valueOf(personId.strip());
			}
			catch (NumberFormatException notAnId) {
				binding.rejectValue("personId", "immediate.personId.unknown");
			}
		}
		return new NewImmediateReport(chosen, blank(jurisdictionCode) ? null : jurisdictionCode.strip(), whatHappened,
				when, person, reporterPhone, blank(clientId) ? null : clientId.strip());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
