package org.bastion.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The port through which a module puts its facts about a person on the person's timeline: arrivals,
 * observation orders and readings, stays, cases, check-ins. Each module implements it in its own package,
 * reading only its own tables, and joins the timeline by being one more bean of this type;
 * {@link PersonTimeline} merges every source's entries in time order, so this module depends on none of
 * them.
 */
public interface PersonTimelineSource {

	/**
	 * The person's entries that lie in the viewer's area, in any order.
	 *
	 * @param scope the viewer's scope pattern, to bind with {@link org.bastion.shared.InScope}: a record
	 * outside it is left out, even when the person is inside
	 */
	List<PersonTimelineEntry> entriesFor(long personId, String scope);

	/**
	 * One entry of a person's timeline.
	 *
	 * @param date the field's date of the entry (an arrival date, a reading's date, the day a case changed)
	 * @param at when it was recorded, or null when only its date is known (a release); on one date, the
	 * entries without a time sort as the day's last
	 * @param type the entry's kind ({@code ARRIVAL}, {@code READING}, {@code CASE_CONFIRMED} …), for clients that
	 * style entries by kind; the page names it with the message {@code timeline.type.<type>}
	 * @param messageKey the message that tells it, with {@code arguments}: plain values (a null one reads as
	 * nothing), or {@link Label}s for words of the message bundles
	 * @param link the page of the record, or null where it has none the viewer may open
	 */
	public record PersonTimelineEntry(LocalDate date, Instant at, String type, Tone tone, String messageKey,
			List<Object> arguments, String link) {

		public PersonTimelineEntry {
			Objects.requireNonNull(date, "date");
			Objects.requireNonNull(type, "type");
			Objects.requireNonNull(tone, "tone");
			Objects.requireNonNull(messageKey, "messageKey");
			Objects.requireNonNull(arguments, "arguments");
		}

		/** How the entry reads at a glance: red fever, alert or high risk; amber under watch; green normal or over. */
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
}
