package org.bastion.people;

import java.util.List;

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
}
