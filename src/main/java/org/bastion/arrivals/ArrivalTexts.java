package org.bastion.arrivals;

import java.util.Locale;

import org.springframework.context.MessageSource;

/** Risk reasons in the reader's language, the same words on pages, in the API and in ledgers. */
final class ArrivalTexts {

	private ArrivalTexts() {
	}

	static String reason(RiskReason reason, MessageSource messages, Locale locale) {
		return messages.getMessage("arrival.reason." + reason.code(),
				new Object[] { reason.areaName(), level(reason.level(), messages, locale),
						reason.detail() == null ? "" : reason.detail() },
				locale);
	}

	static String level(RiskLevel level, MessageSource messages, Locale locale) {
		return messages.getMessage("risk.level." + level, null, locale);
	}

	/** An instant as the field writes times, in the deployment's zone. */
	static String time(java.time.Instant instant, java.time.ZoneId zone) {
		return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone).format(instant);
	}

	/** The badge colour of a level: red high, amber medium, green low and none; always beside the word. */
	static String badge(RiskLevel level) {
		return switch (level) {
			case HIGH -> "badge-red";
			case MEDIUM -> "badge-amber";
			case LOW -> "badge-green";
			case NONE -> "badge-grey";
		};
	}
}
