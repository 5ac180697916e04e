package org.bastion.arrivals;

/** How an arrival travelled; a car has a plate, trains, flights and buses a number. */
public enum TransportMode {
	CAR, TRAIN, FLIGHT, BUS, OTHER
}
