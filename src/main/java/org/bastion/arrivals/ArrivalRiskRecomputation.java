package org.bastion.arrivals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.bastion.shared.FieldClock;
import org.bastion.shared.SubtreeTally;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Re-assesses recent arrivals after HQ changed the risk areas, in the caller's transaction: each
 * arrival whose level or measure changes keeps the old ones in its history and is announced with
 * {@link ArrivalRiskChanged}. Arrivals older than the window keep what they had: their observation
 * period is over, and rewriting them would rewrite reports already sent.
 *
 * <p>An arrival not from Hubei that the new level moves between "other risk areas" and "elsewhere" moves
 * between those classes of the chart's kept counts ({@code arrival_origin_tally}), gathered over all the
 * arrivals and written at the end in a few statements (a change can re-assess 100,000 arrivals).
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
		SubtreeTally.Changes classes = ArrivalDatabase.TALLY.changes();
		int changed = 0;
		for (Arrival read : arrivals.arrivedSince(since)) {
			Arrival arrival = read;
			RiskAssessment risk = RiskPolicy.assess(arrival.riskFacts(), areas);
			Measure measure = table.recommend(risk.level(), arrival.temperature());
			while (!unchanged(arrival, risk, measure) && !arrivals.reassess(arrival, risk, measure, classes)) {
				// Re-assessed or moved by another transaction since it was read: assessed again as it is now,
				// locked, so that its history and the kept counts start from what this replaces.
				arrival = arrivals.locked(read.id());
				risk = RiskPolicy.assess(arrival.riskFacts(), areas);
				measure = table.recommend(risk.level(), arrival.temperature());
			}
			if (unchanged(arrival, risk, measure)) {
				continue;
			}
			if (risk.level() != arrival.riskLevel() || measure != arrival.recommendedMeasure()) {
				arrivals.recordChange(arrival.id(), new ArrivalRiskChange(arrival.riskLevel(), risk.level(),
						arrival.recommendedMeasure(), measure, cause, areaName, now));
				events.publishEvent(new ArrivalRiskChanged(arrival.id(), arrival.personId(), arrival.riskLevel(),
						risk.level(), measure));
				changed++;
			}
		}
		arrivals.countClasses(classes);
		return changed;
	}

	/** Whether an assessment leaves an arrival as it is stored: its level, measure and reasons. */
	private static boolean unchanged(Arrival arrival, RiskAssessment risk, Measure measure) {
		return risk.level() == arrival.riskLevel() && measure == arrival.recommendedMeasure()
				&& risk.reasons().equals(arrival.riskReasons());
	}
}
