package org.bastion.arrivals;

import org.bastion.people.PersonView;

/**
 * An arrival in a list: the record, its person as the viewer may see them, the origin's and place's names,
 * and the display name of who registered it (the login is the arrival's {@code registeredBy}).
 */
public record ArrivalListItem(Arrival arrival, PersonView person, String originName, String placeName,
		String registeredByName) {
}
