package org.bastion.isolation;

import java.util.List;

/** A site as its page shows it: rooms with their occupants, and the needs not yet met. */
public record IsolationSiteDetail(IsolationSiteView site, List<RoomView> rooms, List<OccupantRequestView> openRequests) {
}
