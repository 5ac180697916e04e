package org.bastion.checkpoint;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.Slice;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Checkpoints", description = "Checkpoints, their passages and rosters")
class FollowUpApiController {

	/**
	 * What the list of follow-ups is asked for, bound from the query string under these names.
	 *
	 * @param kind {@code FEVER} or {@code HAND_OVER}
	 * @param status {@code open} (the default) or {@code closed}
	 * @param jurisdiction a place inside the caller's area; null for all of it
	 */
	record FollowUpQuery(String kind, String status, String jurisdiction, String cursor, Integer limit) {
	}

	/** What was done: a fever seen to, or why a person handed over never arrived. */
	record Closing(String note) {
	}

	private final FollowUps followUps;

	FollowUpApiController(FollowUps followUps) {
		this.followUps = followUps;
	}

	@GetMapping("/api/v1/passage-follow-ups")
	@Operation(summary = "What the checkpoints' passages left to do in the caller's area",
			description = "kind FEVER (feverish occupants, for the checkpoint's township) or HAND_OVER (people from risk "
					+ "areas heading to a place of the area, to confirm as arrivals); status open (the "
					+ "default) or closed; newest first, cursor paged.")
	Slice<FollowUpView> list(@ParameterObject FollowUpQuery query) {
		String status = query.status() == null ? "open" : query.status().strip().toLowerCase(Locale.ROOT);
		if (!status.equals("open") && !status.equals("closed")) {
			throw new InvalidInputException(new FieldViolation("status", "known", "followUp.status.unknown"));
		}
		boolean open = status.equals("open");
		return followUps.list(kind(query.kind()), open, query.jurisdiction(), query.cursor(), query.limit());
	}

	@GetMapping("/api/v1/passage-follow-ups/{id}")
	@Operation(summary = "One follow-up, with the phone to call in full for the roles that see numbers")
	FollowUpView find(@PathVariable long id) {
		return followUps.find(id);
	}

	@PostMapping("/api/v1/passage-follow-ups/{id}/close")
	@Operation(summary = "Close a follow-up with what was done", description = "A note is required; 409 when closed already.")
	FollowUpView close(@PathVariable long id, @RequestBody Closing body) {
		return followUps.close(id, body == null ? null : body.note());
	}

	private static FollowUpKind kind(String typed) {
		try {
			return FollowUpKind.valueOf(typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw new InvalidInputException(new FieldViolation("kind", "known", "followUp.kind.unknown"));
		}
	}
}
