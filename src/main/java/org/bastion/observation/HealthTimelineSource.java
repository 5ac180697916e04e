package org.bastion.observation;

import java.time.ZoneId;
import java.util.List;

/**
 * Something that contributes events to a person's health timeline: orders, readings and alerts; site
 * stays; proposals. Another part of the module (cases, close contacts) adds its events by being one more
 * bean of this type; {@link HealthTimeline} merges them in time order.
 */
public interface HealthTimelineSource {

	/**
	 * The person's events, limited to what the viewer may see.
	 *
	 * @param scope the viewer's scope pattern, to bind into {@code jurisdiction_path LIKE ?}
	 * @param zone the deployment's zone, for the date of an event known by its instant
	 */
	List<HealthTimelineEntry> entriesFor(long personId, String scope, ZoneId zone);
}
