package org.bastion.browser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The server's clock in a browser test that needs a time of day: the system clock moved to a moment the test
 * picks, running on from there, so that what the server stamps meanwhile keeps its order. A test stands it in
 * for the application's {@code fieldZoneClock} bean ({@code @TestBean}), which every service reads through
 * {@code FieldClock}; production code keeps the system clock.
 */
final class MovableClock extends Clock {

	private final Clock system;

	private volatile Duration offset = Duration.ZERO;

	MovableClock(Clock system) {
		this.system = system;
	}

	/** From now on the clock reads {@code at}, and runs on from it. */
	void moveTo(Instant at) {
		offset = Duration.between(system.instant(), at);
	}

	/** Back to the system's time. */
	void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return system.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return zone.equals(getZone()) ? this : Clock.offset(system.withZone(zone), offset);
	}

	@Override
	public Instant instant() {
		return system.instant().plus(offset);
	}
}
