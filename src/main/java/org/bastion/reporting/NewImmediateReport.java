package org.bastion.reporting;

import java.time.LocalDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An immediate report as someone files it: the reporter is the signed-in account, and their phone is the one
 * they gave on their last report unless they give another.
 *
 * @param jurisdictionCode the area it happened in, within the reporter's own
 * @param happenedAt when it happened, on the field's clock ({@code bastion.zone})
 * @param personId the person concerned, within the reporter's area, if any
 * @param clientId the phone's id for this submission: the same id again stores nothing new
 */
record NewImmediateReport(@NotNull(message = "{immediate.kind.required}") ImmediateReportKind kind,
		@NotBlank(message = "{immediate.jurisdictionCode.required}") @Size(max = 24, message = "{immediate.jurisdictionCode.unknown}") String jurisdictionCode,
		@NotBlank(message = "{immediate.whatHappened.required}") @Size(max = 1000, message = "{immediate.whatHappened.size}") String whatHappened,
		@NotNull(message = "{immediate.happenedAt.required}") LocalDateTime happenedAt, Long personId,
		@Size(max = 20, message = "{immediate.phone.invalid}") String reporterPhone,
		@Size(max = 64, message = "{immediate.clientId.size}") String clientId) {

	NewImmediateReport withClientId(String id) {
		return new NewImmediateReport(kind, jurisdictionCode, whatHappened, happenedAt, personId, reporterPhone, id);
	}
}
