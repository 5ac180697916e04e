package org.bastion.observation;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.bastion.observation.HealthTimelineEntry.Label;
import org.bastion.observation.HealthTimelineEntry.Tone;
import org.springframework.stereotype.Component;

/** The timeline's observation proposals made from arrivals, and what became of them. */
@Component
class ProposalTimelineSource implements HealthTimelineSource {

	private final ProposalDatabase proposals;

	ProposalTimelineSource(ProposalDatabase proposals) {
		this.proposals = proposals;
	}

	@Override
	public List<HealthTimelineEntry> entriesFor(long personId, String scope, ZoneId zone) {
		List<HealthTimelineEntry> entries = new ArrayList<>();
		for (ProposalView proposal : proposals.ofPerson(personId, scope)) {
			entries.add(new HealthTimelineEntry(proposal.proposedAt().atZone(zone).toLocalDate(), proposal.proposedAt(),
					"PROPOSED", Tone.AMBER, "timeline.proposed",
					List.of(Label.of("observation.kind." + proposal.kind()), proposal.startDate()),
					proposal.open() ? "/observations/proposals" : null));
			if (proposal.decidedAt() != null) {
				List<Object> arguments = new ArrayList<>();
				arguments.add(proposal.decidedBy());
				arguments.add(proposal.dismissReason() == null ? "" : proposal.dismissReason());
				entries.add(new HealthTimelineEntry(proposal.decidedAt().atZone(zone).toLocalDate(), proposal.decidedAt(),
						"PROPOSAL_" + proposal.status(), Tone.GREY, "timeline.proposal." + proposal.status(), arguments,
						proposal.observationId() == null ? null : "/observations/" + proposal.observationId()));
			}
		}
		return entries;
	}
}
