package org.bastion.rounds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.shared.Viewer;
import org.bastion.shared.WorkWaiting;
import org.springframework.stereotype.Component;

/**
 * The open rounds as waiting work. Those who knock on the doors (grid workers, village cadres) get the
 * households of their area still to visit, with the first door of each round one tap away; those who
 * oversee an area get each open round's coverage, with the households still waiting as the count.
 */
@Component
class RoundWaiting implements WorkWaiting {

	/** The open rounds the home page lists: an area rarely walks more than one at a time. */
	static final int ROUNDS = 3;

	/** Roles are the security module's, which rounds does not use: their names, as the viewer carries them. */
	private static final Set<String> VISITORS = Set.of("GRID_WORKER", "VILLAGE_CADRE");

	private static final Set<String> OVERSEERS = Set.of("TOWNSHIP_STAFF", "HQ_STAFF", "SYSTEM_ADMIN", "LEADER");

	private static final List<VisitStatus> UNVISITED = List.of(VisitStatus.PENDING, VisitStatus.NOBODY_HOME);

	private final RoundDatabase rounds;

	private final VisitDatabase visits;

	private final Jurisdictions jurisdictions;

	RoundWaiting(RoundDatabase rounds, VisitDatabase visits, Jurisdictions jurisdictions) {
		this.rounds = rounds;
		this.visits = visits;
		this.jurisdictions = jurisdictions;
	}

	@Override
	public List<Waiting> waiting(Viewer viewer, Shown shown) {
		boolean visitor = VISITORS.contains(viewer.role());
		// Doors and coverage can wait for the home page: the navigation badges none.
		if (shown == Shown.IN_NAVIGATION || !visitor && !OVERSEERS.contains(viewer.role())) {
			return List.of();
		}
		List<RoundRow> open = rounds.openOverlapping(viewer.scope(), ROUNDS);
		if (open.isEmpty()) {
			return List.of();
		}
		String scope = viewer.scope().likePattern();
		long waiting = 0;
		List<Item> items = new ArrayList<>();
		for (RoundRow round : open) {
			// The viewer's part of a round over a bigger area, or the whole round when it lies inside their area.
			String part = viewer.scope().contains(round.jurisdictionPath()) ? round.jurisdictionPath().likePattern() : scope;
			VisitDatabase.Tally tally = visits.tally(round.id(), part);
			waiting += tally.waiting();
			if (visitor) {
				visits.page(round.id(), part, UNVISITED, -1, 0, 1).stream().findFirst().ifPresent(first -> items.add(
						new Item("round.waiting.door", door(first), "/rounds/" + round.id() + "/visits#visit-" + first.id(), null,
								viewer.readOnly() ? null : noReturnees(first))));
			}
			else {
				items.add(new Item("round.waiting.progress",
						title(round) + " · "
								+ (tally.visits() - tally.waiting()) + "/" + tally.visits(),
						"/rounds/" + round.id(), null));
			}
		}
		if (visitor) {
			return waiting == 0 ? List.of()
					: List.of(new Waiting("round-visits", "round.waiting.visits", waiting,
							"/rounds/" + open.getFirst().id() + "/unvisited", Tone.DUE, items));
		}
		return List.of(new Waiting("round-coverage", "round.waiting.coverage", waiting, "/rounds", Tone.DUE, items));
	}

	/**
	 * The door marked "no returnees" from the home page, as its card's button sends it (the same client id, so
	 * a tap on either is stored once), going on to the next door's page.
	 */
	private static Action noReturnees(VisitRow visit) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("outcome", VisitOutcome.VISITED_NO_RETURNEES.name());
		// Named as rounds/card.html names its form's: one door, one attempt, one id.
		fields.put("clientId", "page-visit-" + visit.id() + "-" + visit.attempts());
		fields.put("then", VisitPageController.ONWARD);
		return new Action("round.waiting.noReturnees", "/rounds/" + visit.roundId() + "/visits/" + visit.id(), fields);
	}

	private static String door(VisitRow visit) {
		String address = visit.address() == null ? "" : visit.address();
		return visit.headName() == null ? address : address + " · " + visit.headName();
	}

	/** The round as its list shows it: its own name, or its area's with its number. */
	private String title(RoundRow round) {
		if (round.name() != null && !round.name().isBlank()) {
			return round.name();
		}
		return jurisdictions.find(round.jurisdictionCode()).map(Jurisdiction::name).orElse(round.jurisdictionCode())
				+ " #" + round.number();
	}
}
