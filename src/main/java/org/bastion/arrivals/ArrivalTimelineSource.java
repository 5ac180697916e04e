package org.bastion.arrivals;

import java.util.ArrayList;
import java.util.List;

import org.bastion.jurisdiction.Divisions;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Label;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Tone;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry;
import org.bastion.people.PersonTimelineSource;
import org.bastion.shared.FieldClock;
import org.springframework.stereotype.Component;

/** The person's timeline: their arrivals with the risk level each was given, and its later changes. */
@Component
class ArrivalTimelineSource implements PersonTimelineSource {

	static final int MAX_ARRIVALS = 20;

	private final ArrivalDatabase arrivals;

	private final Divisions divisions;

	private final Jurisdictions jurisdictions;

	private final FieldClock clock;

	ArrivalTimelineSource(ArrivalDatabase arrivals, Divisions divisions, Jurisdictions jurisdictions, FieldClock clock) {
		this.arrivals = arrivals;
		this.divisions = divisions;
		this.jurisdictions = jurisdictions;
		this.clock = clock;
	}

	@Override
	public List<PersonTimelineEntry> entriesFor(long personId, String scope) {
		List<PersonTimelineEntry> entries = new ArrayList<>();
		ArrivalNames names = new ArrivalNames(divisions, jurisdictions);
		for (Arrival arrival : arrivals.ofPerson(personId, scope, MAX_ARRIVALS)) {
			String link = "/arrivals/" + arrival.id();
			String origin = arrival.originCode() != null ? names.origin(arrival.originCode()) : arrival.originAddress();
			Label risk = Label.of("risk.level." + arrival.riskLevel());
			Label measure = Label.of("measure." + arrival.recommendedMeasure());
			entries.add(new PersonTimelineEntry(arrival.arrivalDate(), arrival.registeredAt(), "ARRIVAL",
					tone(arrival.riskLevel()), origin == null ? "timeline.arrivalNoOrigin" : "timeline.arrival",
					origin == null ? List.of(risk, measure) : List.of(origin, risk, measure), link));
			for (ArrivalRiskChange change : arrivals.history(arrival.id())) {
				entries.add(new PersonTimelineEntry(clock.dateOf(change.changedAt()), change.changedAt(),
						"ARRIVAL_RISK_CHANGED", tone(change.newLevel()), "timeline.arrivalRiskChanged",
						List.of(Label.of("risk.level." + change.oldLevel()), Label.of("risk.level." + change.newLevel()),
								Label.of("arrival.history.cause." + change.cause()), change.areaName(),
								Label.of("measure." + change.newMeasure())),
						link));
			}
		}
		return entries;
	}

	/** The colours of the arrival lists: red high risk, amber medium, green low, grey none. */
	private static Tone tone(RiskLevel level) {
		return switch (level) {
			case HIGH -> Tone.RED;
			case MEDIUM -> Tone.AMBER;
			case LOW -> Tone.GREEN;
			case NONE -> Tone.GREY;
		};
	}
}
