package org.bastion.observation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bastion.shared.FieldViolation;

/**
 * When an order may be released: on or after its end date, or earlier by HQ or medical staff with a
 * reason; never on a day still to come; and only when the most recent check was normal.
 */
final class ReleasePolicy {

	/** The decision. */
	public sealed interface Decision {
	}

	/** Release; {@code early} when before the end date. */
	public record Allowance(boolean early) implements Decision {
	}

	/** The request breaks rules the caller can fix. */
	public record Invalid(List<FieldViolation> violations) implements Decision {
	}

	/** Only HQ or medical staff may end an order before its end date. */
	public record Refusal(String messageKey) implements Decision {
	}

	/**
	 * @param lastReadingAbnormal whether the most recent check was abnormal; null when there is none
	 * @param mayEndEarly whether the viewer's role may end an order before its end date
	 */
	public static Decision decide(ObservationPeriod period, Boolean lastReadingAbnormal, LocalDate date, String reason,
			LocalDate today, boolean mayEndEarly) {
		List<FieldViolation> violations = new ArrayList<>();
		if (date == null) {
			return new Invalid(List.of(new FieldViolation("date", "required", "release.date.required")));
		}
		if (date.isAfter(today)) {
			violations.add(new FieldViolation("date", "future", "release.date.future"));
		}
		else if (date.isBefore(period.startDate())) {
			violations.add(new FieldViolation("date", "beforeStart", "release.date.beforeStart", period.startDate()));
		}
		boolean early = date.isBefore(period.endDate());
		if (early && violations.isEmpty()) {
			if (!mayEndEarly) {
				return new Refusal("release.early.role");
			}
			if (reason == null || reason.isBlank()) {
				violations.add(new FieldViolation("reason", "required", "release.reason.required", period.endDate()));
			}
		}
		if (lastReadingAbnormal == null) {
			violations.add(new FieldViolation("lastCheck", "required", "release.lastCheck.missing"));
		}
		else if (lastReadingAbnormal) {
			violations.add(new FieldViolation("lastCheck", "normal", "release.lastCheck.abnormal"));
		}
		return violations.isEmpty() ? new Allowance(early) : new Invalid(List.copyOf(violations));
	}

	private ReleasePolicy() {
	}
}
