package org.bastion.rounds;

import java.util.List;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.shared.JurisdictionPath;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Live coverage of a round: households visited out of all, for an area and each area right below it,
 * from one grouped count over the round's visits.
 */
@Service
@Transactional(readOnly = true)
public class RoundCoverage {

	private final VisitDatabase visits;

	private final ScreeningRounds rounds;

	private final Visits visitService;

	private final Jurisdictions jurisdictions;

	RoundCoverage(VisitDatabase visits, ScreeningRounds rounds, Visits visitService, Jurisdictions jurisdictions) {
		this.visits = visits;
		this.rounds = rounds;
		this.visitService = visitService;
		this.jurisdictions = jurisdictions;
	}

	/**
	 * @param jurisdictionCode a place inside the round's area and the viewer's; null for the viewer's part
	 * of the round
	 */
	public CoverageReport of(long roundId, String jurisdictionCode) {
		RoundRow round = rounds.load(roundId);
		JurisdictionPath area = visitService.area(round, jurisdictionCode);
		String code = area.leafCode();
		Jurisdiction node = jurisdictions.visible(code);
		List<CoverageRollup.Child> children = jurisdictions.children(code)
			.stream()
			.map(child -> new CoverageRollup.Child(child.code(), child.name()))
			.toList();
		boolean pastDeadline = rounds.today().isAfter(round.deadline());
		return CoverageRollup.of(roundId, round.deadline(), pastDeadline, node.code(), node.name(), area, children,
				visits.coverage(roundId, area));
	}
}
