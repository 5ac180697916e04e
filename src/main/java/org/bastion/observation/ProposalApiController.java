package org.bastion.observation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.bastion.observation.ProposalView.ProposalDecision;
import org.bastion.shared.Slice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Observation proposals", description = "Observation proposed from arrivals, accepted or dismissed")
class ProposalApiController {

	private final Proposals proposals;

	ProposalApiController(Proposals proposals) {
		this.proposals = proposals;
	}

	@GetMapping("/api/v1/observation-proposals")
	@Operation(summary = "Open proposals in the caller's area", description = "Newest first, cursor paged.")
	Slice<ProposalView> list(@RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
		return proposals.listOpen(jurisdiction, cursor, limit);
	}

	@PostMapping("/api/v1/observation-proposals/{id}/accept")
	@Operation(summary = "Accept a proposal: the order is made",
			description = "Starts on the arrival date with the current settings; the monitor is monitorUserId, or the "
					+ "caller if they may monitor, or whoever answers for the person's place. The proposal comes back "
					+ "with observationId; 409 when decided already or the person is under observation.")
	ProposalView accept(@PathVariable long id, @Valid @RequestBody(required = false) ProposalDecision body) {
		return proposals.accept(id, body);
	}

	@PostMapping("/api/v1/observation-proposals/{id}/dismiss")
	@Operation(summary = "Dismiss a proposal with a reason", description = "400 without a reason; 409 when decided already.")
	ProposalView dismiss(@PathVariable long id, @Valid @RequestBody ProposalDecision body) {
		return proposals.dismiss(id, body);
	}
}
