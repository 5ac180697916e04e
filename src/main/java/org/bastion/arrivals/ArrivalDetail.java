package org.bastion.arrivals;

import java.util.List;

import org.bastion.people.PersonView;

/**
 * An arrival with what its page shows: the person (masked for viewers who read identifiers masked),
 * the origin's full name, the place's name, the display name of who registered it (the login is the
 * arrival's {@code registeredBy}), companions, contacts and the history of its risk level.
 */
public record ArrivalDetail(Arrival arrival, PersonView person, String originName, String placeName,
		String registeredByName, List<ArrivalContact> companions, List<ArrivalContact> contacts,
		List<ArrivalRiskChange> history) {
}
