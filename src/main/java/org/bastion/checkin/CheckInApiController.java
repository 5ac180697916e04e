package org.bastion.checkin;

import java.net.URI;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.bastion.shared.Idempotency;
import org.bastion.shared.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Health check-ins", description = "Units whose staff check in N times a day, who has not, reminders")
class CheckInApiController {

	/** A member to add. */
	record NewMember(@NotNull(message = "{checkin.personId.required}") Long personId) {
	}

	private final StaffUnits units;

	private final CheckIns checkIns;

	CheckInApiController(StaffUnits units, CheckIns checkIns) {
		this.units = units;
		this.checkIns = checkIns;
	}

	@PostMapping("/api/v1/checkin-units")
	@Operation(summary = "Make a unit", description = "checksPerDay 1-3; windows default to the usual ones.")
	ResponseEntity<StaffUnitView> create(@Valid @RequestBody NewStaffUnit body) {
		StaffUnitView unit = units.create(body);
		return ResponseEntity.created(URI.create("/api/v1/checkin-units/" + unit.id())).body(unit);
	}

	@GetMapping("/api/v1/checkin-units")
	@Operation(summary = "Units in the caller's area")
	Slice<StaffUnitView> list() {
		return Slice.whole(units.list());
	}

	@GetMapping("/api/v1/checkin-units/{id}")
	@Operation(summary = "A unit with its members")
	StaffUnitView find(@PathVariable long id) {
		return units.find(id);
	}

	@PostMapping("/api/v1/checkin-units/{id}/members")
	@Operation(summary = "Add a person of the caller's area as a member")
	StaffUnitView addMember(@PathVariable long id, @Valid @RequestBody NewMember body) {
		return units.addMember(id, body.personId());
	}

	@PostMapping("/api/v1/checkin-units/{id}/checkins")
	@Operation(summary = "A member checks in for the current window",
			description = "A temperature of 37.3 or more, or a symptom, opens a check-in alert; a repeated clientId or "
					+ "Idempotency-Key stores nothing new.")
	ResponseEntity<CheckInView> checkIn(@PathVariable long id, @Valid @RequestBody NewCheckIn body,
			@RequestHeader(name = Idempotency.KEY, required = false) String idempotencyKey) {
		NewCheckIn request = body
			.withClientId(Idempotency.clientId(idempotencyKey, body.clientId(), "checkin.clientId.size"));
		CheckInView entry = checkIns.record(id, request);
		return ResponseEntity.status(entry.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(entry);
	}

	@GetMapping("/api/v1/checkin-units/{id}/checkins")
	@Operation(summary = "Today's check-ins of a unit")
	Slice<CheckInView> today(@PathVariable long id) {
		return Slice.whole(checkIns.today(id));
	}

	@GetMapping("/api/v1/checkin-units/{id}/missing")
	@Operation(summary = "Members who have not checked in for the current window", description = "With the time each was reminded.")
	CheckInMissing missing(@PathVariable long id) {
		return checkIns.missing(id);
	}

	@PostMapping("/api/v1/checkin-units/{id}/remind")
	@Operation(summary = "Record a reminder for every missing member",
			description = "No message is sent (there is no SMS gateway): the reminder is recorded and shown on the list.")
	CheckInMissing remind(@PathVariable long id) {
		return checkIns.remind(id);
	}

	@GetMapping("/api/v1/checkin-units/{id}/alerts")
	@Operation(summary = "A unit's check-in alerts")
	Slice<CheckInAlertView> alerts(@PathVariable long id, @RequestParam(defaultValue = "false") boolean open) {
		return Slice.whole(checkIns.alerts(id, open));
	}

	@PostMapping("/api/v1/checkin-alerts/{id}/close")
	@Operation(summary = "Close a check-in alert with what was done")
	CheckInAlertView close(@PathVariable long id, @RequestBody Map<String, String> body) {
		return checkIns.closeAlert(id, body.get("note"));
	}
}
