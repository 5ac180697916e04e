package org.bastion.observation;

/**
 * What recording a check did.
 *
 * @param alertId the alert the reading opened or joined, if it was abnormal
 * @param replayed true when the client id had been seen: nothing new was stored
 */
public record CheckOutcome(ReadingView reading, Long alertId, boolean replayed) {
}
