package org.bastion.cases;

import java.util.List;

/**
 * What "observe all" did.
 *
 * @param started contacts put under observation now, with the orders made
 * @param alreadyObserved contacts who had an open order already, now linked to it
 * @param outsideArea contacts living outside the viewer's area, left to their own area
 */
public record ContactObservationOutcome(int started, List<Long> observationIds, int alreadyObserved, int outsideArea) {
}
