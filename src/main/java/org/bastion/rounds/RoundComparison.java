package org.bastion.rounds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.bastion.arrivals.ArrivalsBySource;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.JurisdictionPath;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a round found beside the round before it over the same area: the field's "203 returnees in the
 * first round, 380 in the second", per village, and who was missed the first time.
 */
@Service
@Transactional
class RoundComparison {

	/** Newly found persons listed by name on a page; the count covers all of them. */
	public static final int NEWLY_FOUND_LIMIT = 100;

	/** Binds as "no previous round": identities start at 1. */
	private static final long NO_ROUND = -1;

	private final RoundDatabase roundDatabase;

	private final ArrivalsBySource arrivals;

	private final ScreeningRounds rounds;

	private final Visits visits;

	private final Jurisdictions jurisdictions;

	private final AuditTrail audit;

	RoundComparison(RoundDatabase roundDatabase, ArrivalsBySource arrivals, ScreeningRounds rounds, Visits visits,
			Jurisdictions jurisdictions, AuditTrail audit) {
		this.roundDatabase = roundDatabase;
		this.arrivals = arrivals;
		this.rounds = rounds;
		this.visits = visits;
		this.jurisdictions = jurisdictions;
		this.audit = audit;
	}

	public RoundComparisonReport of(long roundId) {
		RoundRow round = rounds.load(roundId);
		Optional<RoundRow> previous = roundDatabase.previous(round);
		long previousId = previous.map(RoundRow::id).orElse(NO_ROUND);
		JurisdictionPath area = visits.area(round, null);
		Map<String, Jurisdiction> villages = villagesOf(area);
		Map<String, long[]> counts = new TreeMap<>();
		long total = 0;
		long previousTotal = 0;
		for (ArrivalsBySource.Found found : arrivals.found(roundId, previousId, area)) {
			boolean current = found.roundId() == roundId;
			if (current) {
				total += found.persons();
			}
			else {
				previousTotal += found.persons();
			}
			String village = found.path().codes().stream().filter(villages::containsKey).findFirst().orElse(null);
			if (village != null) {
				counts.computeIfAbsent(village, code -> new long[2])[current ? 0 : 1] += found.persons();
			}
		}
		List<RoundComparisonReport.Village> rows = new ArrayList<>();
		counts.forEach((code, figures) -> rows
			.add(new RoundComparisonReport.Village(code, villages.get(code).name(), figures[0], figures[1])));
		audit.record(AuditAction.VIEW, ScreeningRounds.target(roundId), "comparison " + area);
		return new RoundComparisonReport(roundId, round.number(), previous.map(RoundRow::id).orElse(null),
				previous.map(RoundRow::number).orElse(null), total, previousTotal, rows,
				arrivals.newlyFoundCount(roundId, previousId, area),
				arrivals.newlyFound(roundId, previousId, area, NEWLY_FOUND_LIMIT)
					.stream()
					.map(found -> new RoundComparisonReport.NewlyFound(found.arrivalId(), found.personId(),
							found.jurisdictionCode(), found.arrivalDate(), found.riskLevel()))
					.toList());
	}

	/** The villages an area spans: those below it, or the one it lies in when it is a grid. */
	private Map<String, Jurisdiction> villagesOf(JurisdictionPath area) {
		Map<String, Jurisdiction> villages = new LinkedHashMap<>();
		String code = area.leafCode();
		Stream.concat(jurisdictions.lineage(code).stream(), jurisdictions.subtree(code).stream())
			.filter(node -> node.level() == JurisdictionLevel.VILLAGE)
			.forEach(node -> villages.put(node.code(), node));
		return villages;
	}
}
