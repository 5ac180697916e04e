package org.bastion.observation;

import org.bastion.arrivals.Arrival;
import org.bastion.arrivals.ArrivalRegistered;
import org.bastion.arrivals.ArrivalRiskChanged;
import org.bastion.arrivals.Arrivals;
import org.bastion.arrivals.Measure;
import org.bastion.arrivals.RiskLevel;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ProposalView.ProposalStatus;
import org.bastion.people.People;
import org.bastion.security.SystemTask;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Proposes observation for arrivals whose recommended measure calls for it, under {@link ProposalPolicy}.
 * Events arrive after the arrival's commit, in a transaction of their own and with no signed-in user:
 * the proposal takes the arrival's place, and what another module must tell (the person's name, a
 * re-assessed arrival's date and place) is asked as the system.
 */
@Component
class ArrivalProposals {

	private final ProposalDatabase proposals;

	private final ObservationDatabase orders;

	private final Arrivals arrivals;

	private final People people;

	ArrivalProposals(ProposalDatabase proposals, ObservationDatabase orders, Arrivals arrivals, People people) {
		this.proposals = proposals;
		this.orders = orders;
		this.arrivals = arrivals;
		this.people = people;
	}

	@ApplicationModuleListener
	void on(ArrivalRegistered registered) {
		apply(registered.arrivalId(), registered.personId(), registered.riskLevel(), registered.recommendedMeasure(),
				() -> new Place(registered.jurisdictionCode(), registered.jurisdictionPath(), registered.arrivalDate()));
	}

	@ApplicationModuleListener
	void on(ArrivalRiskChanged changed) {
		apply(changed.arrivalId(), changed.personId(), changed.newLevel(), changed.recommendedMeasure(), () -> {
			Arrival arrival = SystemTask.call(() -> arrivals.find(changed.arrivalId()).arrival());
			return new Place(arrival.jurisdictionCode(), arrival.jurisdictionPath().value(), arrival.arrivalDate());
		});
	}

	/** An order made by hand, or from a proposal of another arrival, settles the person's open proposal. */
	@ApplicationModuleListener
	void on(ObservationStarted started) {
		proposals.openOfPerson(started.personId())
			.ifPresent(open -> proposals.decide(open.view().id(), ProposalStatus.SUPERSEDED, "system", null,
					started.observationId()));
	}

	private record Place(String code, String path, java.time.LocalDate arrivalDate) {
	}

	private void apply(long arrivalId, long personId, RiskLevel level, Measure measure,
			java.util.function.Supplier<Place> place) {
		var open = proposals.openOfPerson(personId);
		ProposalPolicy.OpenProposal current = open
			.map(p -> new ProposalPolicy.OpenProposal(p.view().arrivalId(), p.view().kind()))
			.orElse(null);
		boolean openOrder = orders.findOpenByPerson(personId).isPresent();
		switch (ProposalPolicy.decide(arrivalId, measure, openOrder, current, proposals.dealtWith(arrivalId))) {
			case ProposalPolicy.Propose propose -> propose(arrivalId, personId, level, measure, propose.kind(), place.get());
			case ProposalPolicy.Change change -> proposals.changeKind(open.orElseThrow().view().id(), change.kind(),
					level.name(), measure.name());
			case ProposalPolicy.Withdraw withdraw -> proposals.decide(open.orElseThrow().view().id(),
					ProposalStatus.WITHDRAWN, "system", null, null);
			case ProposalPolicy.Nothing nothing -> {
			}
		}
	}

	private void propose(long arrivalId, long personId, RiskLevel level, Measure measure, ObservationKind kind,
			Place place) {
		String name = SystemTask.call(() -> people.find(personId).name());
		proposals.insert(new ProposalDatabase.NewRow(arrivalId, personId, name, kind, place.arrivalDate(), level.name(),
				measure.name(), place.code(), place.path()));
	}
}
