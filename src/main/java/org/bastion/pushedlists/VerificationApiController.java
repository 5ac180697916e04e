package org.bastion.pushedlists;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.bastion.shared.Idempotency;
import org.bastion.shared.Slice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/list-entries")
@Tag(name = "Verification", description = "Entries of pushed lists verified by the grids")
class VerificationApiController {


	private final Verifications verifications;

	VerificationApiController(Verifications verifications) {
		this.verifications = verifications;
	}

	@GetMapping
	@Operation(summary = "The caller's entries still to verify", description = "Earliest deadline (overdue) first.")
	Slice<ListEntryView> open() {
		return Slice.whole(verifications.open());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One entry", description = "404 outside the caller's area.")
	ListEntryView find(@PathVariable long id) {
		return verifications.find(id);
	}

	@PostMapping("/{id}/verification")
	@Operation(summary = "Verify an entry",
			description = "outcome ALREADY_KNOWN|NEWLY_FOUND|NOT_LIVING_HERE|WRONG_INFORMATION|BEYOND_PERIOD; route "
					+ "STAYED_IN_RISK_AREA|PASSED_THROUGH_RISK_AREA|NO_RISK_AREA when found. A repeated clientId or "
					+ "Idempotency-Key changes nothing. 404 outside the caller's area.")
	ListEntryView verify(@PathVariable long id, @Valid @RequestBody Verification body,
			@Parameter(description = "Makes a retried request safe; used as clientId when the body has none")
			@RequestHeader(name = Idempotency.KEY, required = false) String idempotencyKey) {
		Verification verification = body
			.withClientId(Idempotency.clientId(idempotencyKey, body.clientId(), "pushedList.verification.clientId.size"));
		return verifications.verify(id, verification);
	}
}
