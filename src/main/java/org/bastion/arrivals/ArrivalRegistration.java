package org.bastion.arrivals;

/**
 * The outcome of registering an arrival.
 *
 * @param existing true when nothing new was stored: the same client id was seen, or the same person's
 * arrival on the same date was registered already, and {@code arrival} is that record
 */
public record ArrivalRegistration(ArrivalDetail arrival, boolean existing) {
}
