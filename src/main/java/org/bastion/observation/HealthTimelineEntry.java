package org.bastion.observation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One event of a person's health timeline.
 *
 * @param date the field's date of the event (a reading's date, an order's start date)
 * @param at when it was recorded, or null when only its date is known (a release); on one date, the
 * events without a time sort as the day's last
 * @param type what happened, for clients that style events by type ({@code READING}, {@code STAY_IN} …)
 * @param messageKey the message that tells it, with {@code arguments}: plain values, or {@link Label}s for
 * words of the message bundles
 * @param link the page that shows more, or null
 */
public record HealthTimelineEntry(LocalDate date, Instant at, String type, Tone tone, String messageKey,
		List<Object> arguments, String link) {

	/** How the event reads at a glance: red fever or alert, amber under observation, green normal or released. */
	public enum Tone {
		RED, AMBER, GREEN, GREY
	}

	/** Words of the message bundles, joined with the list separator when there are several. */
	public record Label(List<String> keys) {

		public static Label of(String... keys) {
			return new Label(List.of(keys));
		}
	}
}
