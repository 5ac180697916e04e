package org.bastion.arrivals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bastion.shared.FieldClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Re-assesses recent arrivals after HQ changed the risk areas, in the caller's transaction: each
 * arrival whose level or measure changes keeps the old ones in its history and is announced with
 * {@link ArrivalRiskChanged}. Arrivals older than the window keep what they had: their observation
 * period is over, and rewriting them would rewrite reports already sent.
 */
@Component
class ArrivalRiskRecomputation {

	/** Twice the 14-day observation period. */
	static final int WINDOW_DAYS = 28;

	private final ArrivalDatabase arrivals;

	private final RiskAreaDatabase riskAreas;

	private final MeasureDatabase measures;

	private final ApplicationEventPublisher events;

	private final FieldClock clock;

	ArrivalRiskRecomputation(ArrivalDatabase arrivals, RiskAreaDatabase riskAreas, MeasureDatabase measures,
			ApplicationEventPublisher events, FieldClock clock) {
		this.clock = clock;
		this.arrivals = arrivals;
		this.riskAreas = riskAreas;
		this.measures = measures;
		this.events = events;
	}

	/** @return how many arrivals changed level or measure */
	int recompute(LocalDate today, ArrivalRiskChange.Cause cause, String areaName) {
		LocalDate since = today.minusDays(WINDOW_DAYS);
		List<RiskArea> areas = riskAreas.notEndedBefore(since);
		MeasureTable table = measures.table();
		Instant now = clock.instant();
		int changed = 0;
		for (Arrival arrival : arrivals.arrivedSince(since)) {
			RiskAssessment risk = RiskPolicy.assess(arrival.riskFacts(), areas);
			Measure measure = table.recommend(risk.level(), arrival.temperature());
			boolean levelChanged = risk.level() != arrival.riskLevel() || measure != arrival.recommendedMeasure();
			if (!levelChanged && risk.reasons().equals(arrival.riskReasons())) {
				continue;
			}
			arrivals.reassess(arrival.id(), risk, measure);
			if (levelChanged) {
				arrivals.recordChange(arrival.id(), new ArrivalRiskChange(arrival.riskLevel(), risk.level(),
						arrival.recommendedMeasure(), measure, cause, areaName, now));
				events.publishEvent(new ArrivalRiskChanged(arrival.id(), arrival.personId(), arrival.riskLevel(),
						risk.level(), measure));
				changed++;
			}
		}
		return changed;
	}
}
