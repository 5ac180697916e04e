package org.bastion.checkpoint;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.bastion.shared.BastionException;
import org.bastion.shared.ConflictException;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.RefusalText;
import org.bastion.shared.Roles;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The roster pages: a checkpoint's week as a grid of days and shifts (names, the leader marked, gaps in
 * red) with, for the township and county HQ, the generator's form and a gap's filling; the area's gaps;
 * and a person's own shifts on a phone, with the check-in a scan of the site's poster leads to.
 */
@Controller
class RosterPageController {

	private final Rosters rosters;

	private final Checkpoints checkpoints;

	private final CurrentViewer viewer;

	private final FieldClock clock;

	private final MessageSource messages;

	RosterPageController(Rosters rosters, Checkpoints checkpoints, CurrentViewer viewer, FieldClock clock,
			MessageSource messages) {
		this.rosters = rosters;
		this.checkpoints = checkpoints;
		this.viewer = viewer;
		this.clock = clock;
		this.messages = messages;
	}

	/** One row of the week's grid: a start time of the day and the week's shifts at it, by day (null where none). */
	record GridRow(LocalTime start, List<ShiftView> days) {
	}

	@GetMapping("/checkpoints/{id}/roster")
	String roster(@PathVariable long id, @RequestParam(required = false) String week, Model model) {
		CheckpointView checkpoint = checkpoints.find(id);
		LocalDate monday = day(week, clock.today()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate sunday = monday.plusDays(6);
		List<ShiftView> shifts = rosters.shifts(id, monday, sunday);
		List<LocalDate> days = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			days.add(monday.plusDays(i));
		}
		Map<LocalTime, ShiftView[]> byStart = new TreeMap<>();
		for (ShiftView shift : shifts) {
			ShiftView[] row = byStart.computeIfAbsent(shift.localStart().toLocalTime(), k -> new ShiftView[7]);
			row[(int) (shift.date().toEpochDay() - monday.toEpochDay())] = shift;
		}
		List<GridRow> grid = new ArrayList<>();
		byStart.forEach((start, row) -> grid.add(new GridRow(start, java.util.Arrays.asList(row))));
		boolean canManage = Roles.managesAreas(viewer.get());
		model.addAttribute("checkpoint", checkpoint);
		model.addAttribute("days", days);
		model.addAttribute("grid", grid);
		model.addAttribute("gaps", shifts.stream().filter(ShiftView::gap).toList());
		model.addAttribute("hours", rosters.hours(id, monday, sunday));
		model.addAttribute("previousWeek", monday.minusWeeks(1));
		model.addAttribute("nextWeek", monday.plusWeeks(1));
		model.addAttribute("monday", monday);
		model.addAttribute("canManage", canManage);
		model.addAttribute("patterns", ShiftPattern.values());
		model.addAttribute("pool", canManage ? rosters.pool(id) : List.of());
		model.addAttribute("swaps", canManage ? rosters.openSwaps(id) : List.of());
		return "checkpoints/roster";
	}

	@PostMapping("/checkpoints/{id}/roster")
	String generate(@PathVariable long id, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String pattern,
			@RequestParam(required = false) Integer minPerShift,
			@RequestParam(name = "poolUserIds", required = false) List<Long> pool,
			@RequestParam(name = "leaderUserIds", required = false) List<Long> leaders, RedirectAttributes redirect,
			Locale locale) {
		LocalDate first = day(from, null);
		try {
			rosters.generate(id, new RosterRequest(first, day(to, null), pattern, pool, leaders, minPerShift, List.of()));
			redirect.addFlashAttribute("notice", "roster.generated");
		}
		catch (InvalidInputException | ConflictException refused) {
			redirect.addFlashAttribute("error", RefusalText.text(messages, refused, locale));
		}
		return "redirect:/checkpoints/" + id + "/roster" + (first == null ? "" : "?week=" + first);
	}

	@PostMapping("/shifts/{id}/assignments")
	String assign(@PathVariable long id, @RequestParam(required = false) Long userId,
			@RequestParam(required = false) Boolean leader, RedirectAttributes redirect, Locale locale) {
		ShiftView shift = rosters.view(id);
		try {
			rosters.assign(id, new ShiftAssignment(userId, leader));
			redirect.addFlashAttribute("notice", "roster.assigned");
		}
		catch (InvalidInputException | ConflictException refused) {
			redirect.addFlashAttribute("error", RefusalText.text(messages, refused, locale));
		}
		return "redirect:/checkpoints/" + shift.checkpointId() + "/roster?week=" + shift.date();
	}

	@PostMapping("/shifts/{id}/swaps")
	String swap(@PathVariable long id, @RequestParam(required = false) Long toUserId, RedirectAttributes redirect,
			Locale locale) {
		try {
			rosters.requestSwap(id, new SwapRequest(toUserId, null, null));
			redirect.addFlashAttribute("notice", "roster.swap.requested");
		}
		catch (InvalidInputException | ConflictException refused) {
			redirect.addFlashAttribute("error", RefusalText.text(messages, refused, locale));
		}
		return "redirect:/my-shifts";
	}

	@PostMapping("/swaps/{id}/approve")
	String approve(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return decide(id, true, redirect, locale);
	}

	@PostMapping("/swaps/{id}/refuse")
	String refuse(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return decide(id, false, redirect, locale);
	}

	private String decide(long id, boolean approve, RedirectAttributes redirect, Locale locale) {
		SwapView swap = rosters.swap(id);
		ShiftView shift = rosters.view(swap.shiftId());
		try {
			if (approve) {
				rosters.approve(id);
			}
			else {
				rosters.refuse(id);
			}
			redirect.addFlashAttribute("notice", approve ? "roster.swap.approved" : "roster.swap.refused");
		}
		catch (InvalidInputException | ConflictException refused) {
			redirect.addFlashAttribute("error", RefusalText.text(messages, refused, locale));
		}
		return "redirect:/checkpoints/" + shift.checkpointId() + "/roster?week=" + shift.date();
	}

	@GetMapping("/shift-gaps")
	String gaps(@RequestParam(required = false) String cursor, Model model) {
		model.addAttribute("page", rosters.gaps(null, cursor, null));
		return "checkpoints/shift-gaps";
	}

	@GetMapping("/my-shifts")
	String myShifts(Model model) {
		List<ShiftView> mine = rosters.myShifts(RosterApiController.MY_SHIFTS);
		Map<Long, Map<Long, String>> colleagues = new TreeMap<>();
		mine.forEach(s -> colleagues.computeIfAbsent(s.checkpointId(), rosters::colleagues));
		model.addAttribute("shifts", mine);
		model.addAttribute("colleagues", colleagues);
		model.addAttribute("me", viewer.get().userId());
		return "checkpoints/my-shifts";
	}

	@PostMapping("/my-shifts/duty")
	String checkIn(@RequestParam(required = false) String siteCode, RedirectAttributes redirect, Locale locale) {
		try {
			DutyCheckIn done = rosters.checkIn(new DutyScan(siteCode));
			redirect.addFlashAttribute("notice", done.already() ? "duty.checkedIn.already" : "duty.checkedIn");
			redirect.addFlashAttribute("noticeArgument", done.checkpointName());
		}
		catch (BastionException refused) {
			redirect.addFlashAttribute("error", RefusalText.text(messages, refused, locale));
		}
		return "redirect:/my-shifts";
	}

	private static LocalDate day(String text, LocalDate otherwise) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			return otherwise;
		}
	}
}
