package org.bastion.observation;

import java.util.ArrayList;
import java.util.List;

import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Label;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Tone;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry;
import org.bastion.people.PersonTimelineSource;
import org.bastion.shared.FieldClock;
import org.springframework.stereotype.Component;

/** The person's timeline: their observation orders (start, release), readings and alerts (opened, closed). */
@Component
class ObservationTimelineSource implements PersonTimelineSource {

	private final ObservationTimelineDatabase database;

	private final FieldClock clock;

	ObservationTimelineSource(ObservationTimelineDatabase database, FieldClock clock) {
		this.database = database;
		this.clock = clock;
	}

	@Override
	public List<PersonTimelineEntry> entriesFor(long personId, String scope) {
		List<ObservationTimelineDatabase.Order> orders = database.orders(personId, scope);
		List<PersonTimelineEntry> entries = new ArrayList<>();
		for (ObservationTimelineDatabase.Order order : orders) {
			String link = "/observations/" + order.id();
			entries.add(new PersonTimelineEntry(order.startDate(), order.createdAt(), "ORDER_STARTED", Tone.AMBER,
					"timeline.orderStarted", List.of(Label.of("observation.kind." + order.kind()),
							Label.of("observation.reason." + order.reason()), order.endDate()),
					link));
			if (order.releasedOn() != null) {
				entries.add(new PersonTimelineEntry(order.releasedOn(), null, "ORDER_RELEASED", Tone.GREEN,
						"timeline.orderReleased", List.of(order.noticeNumber()), link));
			}
		}
		for (ObservationTimelineDatabase.Reading reading : database.readings(orders.stream().map(ObservationTimelineDatabase.Order::id).toList())) {
			boolean abnormal = AlertPolicy.abnormal(reading.temperature(), reading.symptoms());
			List<Object> arguments = new ArrayList<>();
			arguments.add(reading.temperature());
			if (!reading.symptoms().isEmpty()) {
				arguments.add(new Label(reading.symptoms().stream().sorted().map(s -> "symptom." + s).toList()));
			}
			entries.add(new PersonTimelineEntry(reading.date(), reading.recordedAt(), "READING",
					abnormal ? Tone.RED : Tone.GREEN,
					reading.symptoms().isEmpty() ? "timeline.reading" : "timeline.readingWithSymptoms", arguments,
					"/observations/" + reading.observationId()));
		}
		for (ObservationTimelineDatabase.Alert alert : database.alerts(personId, scope)) {
			String link = "/observations/" + alert.observationId();
			entries.add(new PersonTimelineEntry(alert.readingDate(), alert.openedAt(), "ALERT_OPENED", Tone.RED,
					"timeline.alertOpened", List.of(Label.of("alert.kind." + alert.kind())), link));
			if (alert.closedAt() != null) {
				entries.add(new PersonTimelineEntry(clock.dateOf(alert.closedAt()), alert.closedAt(),
						"ALERT_CLOSED", Tone.GREY, "timeline.alertClosed",
						List.of(Label.of("alert.action." + alert.action()), alert.note() == null ? "" : alert.note()), link));
			}
		}
		return entries;
	}
}
