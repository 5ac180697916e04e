package org.bastion.checkpoint;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bastion.shared.Slice;
import org.bastion.shared.StaffAccounts.Staff;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Rosters", description = "Checkpoint shifts around the clock: generation, gaps, swaps, duty check-in, hours")
class RosterApiController {

	/** The shifts a person's own list shows: a couple of weeks of three shifts a day at most. */
	static final int MY_SHIFTS = 40;

	private final Rosters rosters;

	RosterApiController(Rosters rosters) {
		this.rosters = rosters;
	}

	@PostMapping("/api/v1/checkpoints/{id}/rosters:generate")
	@Operation(summary = "Generate a checkpoint's shifts for up to 31 days from a pool of staff", description = "Township "
			+ "and county HQ. Shifts already there are kept; a shift the rest rules leave short stays a gap.")
	Slice<ShiftView> generate(@PathVariable long id, @RequestBody RosterRequest body) {
		return Slice.whole(rosters.generate(id, body));
	}

	@GetMapping("/api/v1/checkpoints/{id}/shifts")
	@Operation(summary = "A checkpoint's shifts starting on the field days from..to (at most 31)")
	Slice<ShiftView> shifts(@PathVariable long id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return Slice.whole(rosters.shifts(id, from, to));
	}

	@GetMapping("/api/v1/checkpoints/{id}/hours")
	@Operation(summary = "Hours and shifts per person at a checkpoint over the field days from..to")
	Slice<RosterHours> hours(@PathVariable long id,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return Slice.whole(rosters.hours(id, from, to));
	}

	@GetMapping("/api/v1/checkpoints/{id}/pool")
	@Operation(summary = "The staff who may be put on a checkpoint's shifts")
	Slice<Staff> pool(@PathVariable long id) {
		return Slice.whole(rosters.pool(id));
	}

	@GetMapping("/api/v1/shift-gaps")
	@Operation(summary = "Shifts of the area short of people or a leader that have not ended", description = "Paged by cursor.")
	Slice<ShiftView> gaps(@RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer limit) {
		return rosters.gaps(jurisdiction, cursor, limit);
	}

	@GetMapping("/api/v1/shifts/{id}")
	@Operation(summary = "A shift")
	ShiftView shift(@PathVariable long id) {
		return rosters.view(id);
	}

	@PostMapping("/api/v1/shifts/{id}/assignments")
	@Operation(summary = "Put a person on a shift by hand, or make them its leader", description = "400 naming the rest "
			+ "rule it would break.")
	ShiftView assign(@PathVariable long id, @RequestBody ShiftAssignment body) {
		return rosters.assign(id, body);
	}

	@DeleteMapping("/api/v1/shifts/{id}/assignments/{userId}")
	@Operation(summary = "Take a person off a shift")
	ShiftView unassign(@PathVariable long id, @PathVariable long userId) {
		return rosters.unassign(id, userId);
	}

	@PostMapping("/api/v1/shifts/{id}/swaps")
	@Operation(summary = "Ask to hand one's shift to someone (toUserId) or trade it (withUserId, withShiftId)")
	SwapView swap(@PathVariable long id, @RequestBody SwapRequest body) {
		return rosters.requestSwap(id, body);
	}

	@PostMapping("/api/v1/swaps/{id}/approve")
	@Operation(summary = "Approve a swap", description = "The rest rules are checked for both people.")
	SwapView approve(@PathVariable long id) {
		return rosters.approve(id);
	}

	@PostMapping("/api/v1/swaps/{id}/refuse")
	@Operation(summary = "Refuse a swap")
	SwapView refuse(@PathVariable long id) {
		return rosters.refuse(id);
	}

	@PostMapping("/api/v1/checkpoints/duty")
	@Operation(summary = "Check in on one's current shift by the code of the site's QR poster", description = "400 "
			+ "naming siteCode at the wrong site; a second scan changes nothing.")
	DutyCheckIn duty(@RequestBody DutyScan body) {
		return rosters.checkIn(body);
	}

	@GetMapping("/api/v1/my-shifts")
	@Operation(summary = "The caller's own shifts that have not ended, soonest first")
	Slice<ShiftView> myShifts() {
		return Slice.whole(rosters.myShifts(MY_SHIFTS));
	}
}
