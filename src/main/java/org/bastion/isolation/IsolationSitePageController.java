package org.bastion.isolation;

import java.util.Locale;

import jakarta.validation.Valid;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.FormErrors;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.RefusalText;
import org.bastion.shared.Viewer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The isolation site pages: the list with occupancy and, for HQ, a new site; a site with its rooms and
 * occupants, check-in, transfer, check-out, and the occupants' needs until they are met. Every action
 * comes back to the site's page with what happened or what was wrong.
 */
@Controller
class IsolationSitePageController {

	private final IsolationSites sites;

	private final Stays stays;

	private final OccupantRequests requests;

	private final CurrentViewer viewer;

	private final MessageSource messages;

	IsolationSitePageController(IsolationSites sites, Stays stays, OccupantRequests requests, CurrentViewer viewer,
			MessageSource messages) {
		this.sites = sites;
		this.stays = stays;
		this.requests = requests;
		this.viewer = viewer;
		this.messages = messages;
	}

	@GetMapping("/isolation-sites")
	String list(Model model) {
		if (!model.containsAttribute("site")) {
			model.addAttribute("site", IsolationSiteForm.empty(viewer.get().scope().leafCode()));
		}
		return page(model);
	}

	@PostMapping("/isolation-sites")
	String create(@Valid @ModelAttribute("site") IsolationSiteForm form, BindingResult binding, Model model) {
		if (binding.hasErrors()) {
			return page(model);
		}
		var request = form.toRequest(binding);
		if (binding.hasErrors()) {
			return page(model);
		}
		try {
			return "redirect:/isolation-sites/" + sites.create(request).id();
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(binding, refused);
		}
		catch (ConflictException | ForbiddenException | org.bastion.shared.NotFoundException refused) {
			binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
		}
		return page(model);
	}

	@GetMapping("/isolation-sites/{id}")
	String site(@PathVariable long id, Model model) {
		IsolationSiteDetail detail = sites.find(id);
		Viewer who = viewer.get();
		model.addAttribute("detail", detail);
		model.addAttribute("canWrite", !who.readOnly());
		model.addAttribute("canManage", org.bastion.shared.Roles.managesAreas(who));
		model.addAttribute("reasons", java.util.Arrays.stream(StayEndReason.values())
			.filter(r -> r != StayEndReason.TRANSFERRED)
			.toList());
		model.addAttribute("needs", NeedKind.values());
		model.addAttribute("maxBeds", RoomCapacity.MAX_BEDS);
		model.addAttribute("clientId", java.util.UUID.randomUUID().toString());
		return "health/sites/site";
	}

	@PostMapping("/isolation-sites/{id}/rooms")
	String addRoom(@PathVariable long id, @RequestParam(required = false) String number,
			@RequestParam(required = false) String beds, RedirectAttributes redirect, Locale locale) {
		Integer count = number(beds);
		if (number == null || number.isBlank() || number.length() > 20 || count == null || count < 1
				|| count > RoomCapacity.MAX_BEDS) {
			redirect.addFlashAttribute("error", messages.getMessage("room.form.invalid",
					new Object[] { RoomCapacity.MAX_BEDS }, locale));
			return back(id);
		}
		return act(id, redirect, locale, "room.added", () -> sites.addRoom(id, new RoomRequest(number, count)));
	}

	@PostMapping("/isolation-sites/{id}/stays")
	String checkIn(@PathVariable long id, @RequestParam(required = false) String observationId,
			@RequestParam(required = false) String roomId, @RequestParam(required = false) String clientId,
			RedirectAttributes redirect, Locale locale) {
		Long order = id(observationId);
		Long room = id(roomId);
		if (order == null || room == null) {
			redirect.addFlashAttribute("error", messages.getMessage("stay.form.invalid", null, locale));
			return back(id);
		}
		String client = Idempotency.ofForm(clientId);
		return act(id, redirect, locale, "stay.checkedIn", () -> stays.checkIn(id, new StayRequest(order, room, client)));
	}

	@PostMapping("/isolation-sites/stays/{stayId}/transfer")
	String transfer(@PathVariable long stayId, @RequestParam long siteId, @RequestParam(required = false) String roomId,
			RedirectAttributes redirect, Locale locale) {
		Long room = id(roomId);
		if (room == null) {
			redirect.addFlashAttribute("error", messages.getMessage("stay.roomId.required", null, locale));
			return back(siteId);
		}
		return act(siteId, redirect, locale, "stay.transferred", () -> stays.transfer(stayId, new StayTransfer(room)));
	}

	@PostMapping("/isolation-sites/stays/{stayId}/check-out")
	String checkOut(@PathVariable long stayId, @RequestParam long siteId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect, Locale locale) {
		StayEndReason chosen = choice(StayEndReason.class, reason);
		if (chosen == null) {
			redirect.addFlashAttribute("error", messages.getMessage("stay.reason.required", null, locale));
			return back(siteId);
		}
		return act(siteId, redirect, locale, "stay.checkedOut", () -> stays.checkOut(stayId, new StayCheckOut(chosen)));
	}

	@PostMapping("/isolation-sites/stays/{stayId}/requests")
	String request(@PathVariable long stayId, @RequestParam long siteId, @RequestParam(required = false) String need,
			@RequestParam(required = false) String detail, RedirectAttributes redirect, Locale locale) {
		NeedKind kind = choice(NeedKind.class, need);
		if (kind == null || detail == null || detail.isBlank() || detail.length() > 200) {
			redirect.addFlashAttribute("error", messages.getMessage("need.form.invalid", null, locale));
			return back(siteId);
		}
		return act(siteId, redirect, locale, "need.recorded",
				() -> requests.add(stayId, new OccupantRequestInput(kind, detail, null)));
	}

	@PostMapping("/occupant-requests/{id}/fulfil")
	String fulfil(@PathVariable long id, @RequestParam long siteId, @RequestParam(required = false) String note,
			RedirectAttributes redirect, Locale locale) {
		if (note == null || note.isBlank() || note.length() > 200) {
			redirect.addFlashAttribute("error", messages.getMessage("need.note.required", null, locale));
			return back(siteId);
		}
		return act(siteId, redirect, locale, "need.done", () -> requests.fulfil(id, new OccupantRequestFulfilment(note)));
	}

	private String page(Model model) {
		Viewer who = viewer.get();
		model.addAttribute("occupancy", sites.occupancy(null));
		model.addAttribute("kinds", IsolationSiteKind.values());
		model.addAttribute("canManage", org.bastion.shared.Roles.managesAreas(who));
		return "health/sites/list";
	}

	private String act(long siteId, RedirectAttributes redirect, Locale locale, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", done);
		}
		catch (InvalidInputException | ConflictException | ForbiddenException refused) {
			redirect.addFlashAttribute("error", RefusalText.text(messages, refused, locale));
		}
		catch (org.bastion.shared.NotFoundException missing) {
			redirect.addFlashAttribute("error", messages.getMessage("site.action.missing", null, locale));
		}
		return back(siteId);
	}

	private static String back(long siteId) {
		return "redirect:/isolation-sites/" + siteId;
	}

	private static Long id(String text) {
		try {
			return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	private static Integer number(String text) {
		Long value = id(text);
		return value == null || value > Integer.MAX_VALUE ? null : value.intValue();
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}
}
