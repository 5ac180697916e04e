package org.bastion.observation;

import java.util.Optional;

import org.bastion.arrivals.Measure;
import org.bastion.arrivals.RiskLevel;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.ObservationView.ObservationReason;

/**
 * What an arrival's recommended measure means for observation proposals: a central isolation calls for
 * a site order, a home observation for a home order, anything milder for none. A person with an open
 * order needs no proposal, and a person's open proposal from another arrival stands; one from the same
 * arrival follows the arrival's measure when risk areas change. An arrival whose proposal someone
 * accepted or dismissed, or that an order made by hand settled, is not proposed again when risk areas
 * change later: the person was dealt with.
 */
sealed interface ProposalPolicy {

	/** Propose an order of this kind. */
	record Propose(ObservationKind kind) implements ProposalPolicy {
	}

	/** The open proposal of the same arrival now calls for an order of this kind. */
	record Change(ObservationKind kind) implements ProposalPolicy {
	}

	/** The arrival's measure no longer calls for observation: its open proposal goes. */
	record Withdraw() implements ProposalPolicy {
	}

	/** Nothing to do, and why. */
	record Nothing(Why why) implements ProposalPolicy {
	}

	enum Why {
		MEASURE_TOO_MILD, OPEN_ORDER, OTHER_PROPOSAL_OPEN, UNCHANGED, DEALT_WITH
	}

	/** The person's open proposal as the rule needs it. */
	record OpenProposal(long arrivalId, ObservationKind kind) {
	}

	/**
	 * Why the order an accepted proposal makes is made, from the arrival's own risk reasons: an origin or a
	 * plate of a designated risk area (of any level) is that; otherwise the fever at registration, or else
	 * HQ's measures table, called for observation, and the order says so rather than naming a risk area the
	 * person never came from.
	 *
	 * @param fromRiskArea whether a risk reason of the arrival names its origin or plate
	 */
	static ObservationReason reasonFor(boolean fromRiskArea, boolean feverAtArrival) {
		if (fromRiskArea) {
			return ObservationReason.ARRIVAL_FROM_RISK_AREA;
		}
		return feverAtArrival ? ObservationReason.FEVER : ObservationReason.OTHER;
	}

	/** The order a measure calls for, if any. */
	static Optional<ObservationKind> kindFor(Measure measure) {
		return switch (measure) {
			case CENTRAL_ISOLATION -> Optional.of(ObservationKind.SITE);
			case HOME_OBSERVATION -> Optional.of(ObservationKind.HOME);
			case NONE, HEALTH_MONITORING -> Optional.empty();
		};
	}

	/**
	 * @param openOrder whether the person is under observation already
	 * @param open the person's open proposal, or null
	 * @param dealtWith whether a proposal of this arrival was accepted, dismissed or superseded
	 */
	static ProposalPolicy decide(long arrivalId, Measure measure, boolean openOrder, OpenProposal open,
			boolean dealtWith) {
		if (openOrder) {
			return new Nothing(Why.OPEN_ORDER);
		}
		if (dealtWith) {
			return new Nothing(Why.DEALT_WITH);
		}
		Optional<ObservationKind> kind = kindFor(measure);
		if (open != null) {
			if (open.arrivalId() != arrivalId) {
				return new Nothing(Why.OTHER_PROPOSAL_OPEN);
			}
			if (kind.isEmpty()) {
				return new Withdraw();
			}
			return kind.get() == open.kind() ? new Nothing(Why.UNCHANGED) : new Change(kind.get());
		}
		return kind.<ProposalPolicy>map(Propose::new).orElseGet(() -> new Nothing(Why.MEASURE_TOO_MILD));
	}
}
