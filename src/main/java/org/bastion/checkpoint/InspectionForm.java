package org.bastion.checkpoint;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/** The inspection form on a checkpoint's page as typed, read here so that each mistake is shown beside its field. */
record InspectionForm(@Size(max = 16, message = "{inspection.inspectedAt.format}") String inspectedAt,
		@Size(max = 7, message = "{inspection.lacking.unknown}") List<String> lacking,
		@Size(max = 1000, message = "{inspection.finding.size}") String finding,
		@Size(max = 10, message = "{inspection.rectifyBy.format}") String rectifyBy,
		@Size(max = 64, message = "{inspection.clientId.size}") String clientId) {

	static InspectionForm empty(LocalDateTime now) {
		return new InspectionForm(now.truncatedTo(ChronoUnit.MINUTES).toString(), List.of(), null, null,
				UUID.randomUUID().toString());
	}

	/** The request, every field's mistake put beside it; the service checks the rules. */
	NewInspection toRequest(BindingResult binding) {
		LocalDateTime at = null;
		if (!blank(inspectedAt)) {
			try {
				at = LocalDateTime.parse(inspectedAt.strip());
			}
			catch (DateTimeParseException e) {
				binding.rejectValue("inspectedAt", "inspection.inspectedAt.format");
			}
		}
		Set<InspectionItem> found = EnumSet.noneOf(InspectionItem.class);
		for (String item : lacking == null ? List.<String>of() : lacking) {
			try {
				found.add(InspectionItem.valueOf(item.strip()));
			}
			catch (IllegalArgumentException unknown) {
				binding.rejectValue("lacking", "inspection.lacking.unknown");
			}
		}
		LocalDate by = null;
		if (!blank(rectifyBy)) {
			try {
				by = LocalDate.parse(rectifyBy.strip());
			}
			catch (DateTimeParseException e) {
				binding.rejectValue("rectifyBy", "inspection.rectifyBy.format");
			}
		}
		return new NewInspection(at, found, finding, by, blank(clientId) ? null : clientId.strip());
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
