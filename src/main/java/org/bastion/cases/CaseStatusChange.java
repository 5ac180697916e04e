package org.bastion.cases;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A case's move to another status on the date it took effect (today when absent). */
record CaseStatusChange(@NotNull(message = "{case.status.required}") CaseStatus status, LocalDate date,
		@Size(max = 200, message = "{case.note.size}") String note) {
}
