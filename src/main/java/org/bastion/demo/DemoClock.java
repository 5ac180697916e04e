package org.bastion.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The clock every service reads while the demo runs: the field's own clock, except on the thread that
 * loads the demo's month of activity, which sets the moment each record is made at. The services then
 * date the record themselves, so that its field dates (arrival date, order start, check date) and the
 * instants they store (registered at, recorded at) fall on the same past day, as they would have had
 * the month been typed in day by day. Requests served meanwhile, and the listeners that run after each
 * commit on threads of their own, read the real time: what they do happens now.
 */
@Component
@Primary
@ConditionalOnBooleanProperty("bastion.demo.enabled")
class DemoClock extends Clock {

	private final Clock field;

	private final ThreadLocal<Instant> moment = new ThreadLocal<>();

	DemoClock(@Qualifier("fieldZoneClock") Clock field) {
		this.field = field;
	}

	/** Runs {@code work} on this thread as if it were {@code at}, then gives the thread the real time back. */
	<T> T at(Instant at, Supplier<T> work) {
		Instant previous = moment.get();
		moment.set(at);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				moment.remove();
			}
			else {
				moment.set(previous);
			}
		}
	}

	void at(Instant at, Runnable work) {
		at(at, () -> {
			work.run();
			return null;
		});
	}

	@Override
	public ZoneId getZone() {
		return field.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return zone.equals(getZone()) ? this : field.withZone(zone);
	}

	@Override
	public Instant instant() {
		Instant set = moment.get();
		return set == null ? field.instant() : set;
	}
}
