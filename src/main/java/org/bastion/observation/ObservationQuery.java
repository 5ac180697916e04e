package org.bastion.observation;

import org.bastion.observation.ObservationView.ObservationStatus;

/**
 * What the list of orders is asked for, bound from the query string under these names.
 *
 * @param jurisdiction a place inside the caller's area; null for all of it
 * @param status null for every status
 */
record ObservationQuery(String jurisdiction, ObservationStatus status, String cursor, Integer limit) {
}
