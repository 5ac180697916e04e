package org.bastion.observation;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.bastion.observation.HealthTimelineEntry.Label;
import org.bastion.observation.HealthTimelineEntry.Tone;
import org.springframework.stereotype.Component;

/** The timeline's orders (start, release), readings and alerts (opened, closed). */
@Component
class HealthTimelineObservations implements HealthTimelineSource {

	private final HealthTimelineDatabase database;

	HealthTimelineObservations(HealthTimelineDatabase database) {
		this.database = database;
	}

	@Override
	public List<HealthTimelineEntry> entriesFor(long personId, String scope, ZoneId zone) {
		List<HealthTimelineDatabase.Order> orders = database.orders(personId, scope);
		List<HealthTimelineEntry> entries = new ArrayList<>();
		for (HealthTimelineDatabase.Order order : orders) {
			String link = "/observations/" + order.id();
			entries.add(new HealthTimelineEntry(order.startDate(), order.createdAt(), "ORDER_STARTED", Tone.AMBER,
					"timeline.orderStarted", List.of(Label.of("observation.kind." + order.kind()),
							Label.of("observation.reason." + order.reason()), order.endDate()),
					link));
			if (order.releasedOn() != null) {
				entries.add(new HealthTimelineEntry(order.releasedOn(), null, "ORDER_RELEASED", Tone.GREEN,
						"timeline.orderReleased", List.of(order.noticeNumber()), link));
			}
		}
		for (HealthTimelineDatabase.Reading reading : database.readings(orders.stream().map(HealthTimelineDatabase.Order::id).toList())) {
			boolean abnormal = AlertPolicy.abnormal(reading.temperature(), reading.symptoms());
			List<Object> arguments = new ArrayList<>();
			arguments.add(reading.temperature());
			if (!reading.symptoms().isEmpty()) {
				arguments.add(new Label(reading.symptoms().stream().sorted().map(s -> "symptom." + s).toList()));
			}
			entries.add(new HealthTimelineEntry(reading.date(), reading.recordedAt(), "READING",
					abnormal ? Tone.RED : Tone.GREEN,
					reading.symptoms().isEmpty() ? "timeline.reading" : "timeline.readingWithSymptoms", arguments,
					"/observations/" + reading.observationId()));
		}
		for (HealthTimelineDatabase.Alert alert : database.alerts(personId, scope)) {
			String link = "/observations/" + alert.observationId();
			entries.add(new HealthTimelineEntry(alert.readingDate(), alert.openedAt(), "ALERT_OPENED", Tone.RED,
					"timeline.alertOpened", List.of(Label.of("alert.kind." + alert.kind())), link));
			if (alert.closedAt() != null) {
				entries.add(new HealthTimelineEntry(alert.closedAt().atZone(zone).toLocalDate(), alert.closedAt(),
						"ALERT_CLOSED", Tone.GREY, "timeline.alertClosed",
						List.of(Label.of("alert.action." + alert.action()), alert.note() == null ? "" : alert.note()), link));
			}
		}
		return entries;
	}
}
