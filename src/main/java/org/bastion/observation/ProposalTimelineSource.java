package org.bastion.observation;

import java.util.ArrayList;
import java.util.List;

import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Label;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Tone;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry;
import org.bastion.people.PersonTimelineSource;
import org.bastion.shared.FieldClock;
import org.springframework.stereotype.Component;

/** The person's timeline: observation proposals made from their arrivals, and what became of them. */
@Component
class ProposalTimelineSource implements PersonTimelineSource {

	private final ProposalDatabase proposals;

	private final FieldClock clock;

	ProposalTimelineSource(ProposalDatabase proposals, FieldClock clock) {
		this.proposals = proposals;
		this.clock = clock;
	}

	@Override
	public List<PersonTimelineEntry> entriesFor(long personId, String scope) {
		List<PersonTimelineEntry> entries = new ArrayList<>();
		for (ProposalView proposal : proposals.ofPerson(personId, scope)) {
			entries.add(new PersonTimelineEntry(clock.dateOf(proposal.proposedAt()), proposal.proposedAt(),
					"PROPOSED", Tone.AMBER, "timeline.proposed",
					List.of(Label.of("observation.kind." + proposal.kind()), proposal.startDate()),
					proposal.open() ? "/observations/proposals" : null));
			if (proposal.decidedAt() != null) {
				List<Object> arguments = new ArrayList<>();
				arguments.add(proposal.decidedBy());
				arguments.add(proposal.dismissReason() == null ? "" : proposal.dismissReason());
				entries.add(new PersonTimelineEntry(clock.dateOf(proposal.decidedAt()), proposal.decidedAt(),
						"PROPOSAL_" + proposal.status(), Tone.GREY, "timeline.proposal." + proposal.status(), arguments,
						proposal.observationId() == null ? null : "/observations/" + proposal.observationId()));
			}
		}
		return entries;
	}
}
