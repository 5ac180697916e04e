package org.bastion.checkpoint;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.FormErrors;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.QrImage;
import org.bastion.shared.RefusalText;
import org.bastion.shared.Roles;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The checkpoint pages: the register of the viewer's area with, for the township and county HQ, a new
 * checkpoint; a checkpoint with its closing and the poster whose QR code the people on duty scan at the
 * site; and the page a scan opens.
 */
@Controller
class CheckpointPageController {

	private final Checkpoints checkpoints;

	private final Inspections inspections;

	private final CurrentViewer viewer;

	private final FieldClock clock;

	private final MessageSource messages;

	CheckpointPageController(Checkpoints checkpoints, Inspections inspections, CurrentViewer viewer, FieldClock clock,
			MessageSource messages) {
		this.checkpoints = checkpoints;
		this.inspections = inspections;
		this.viewer = viewer;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/checkpoints")
	String list(@RequestParam(required = false) String cursor, Model model) {
		if (!model.containsAttribute("checkpoint")) {
			model.addAttribute("checkpoint", CheckpointForm.empty(viewer.get().scope().leafCode(), clock.today()));
		}
		return page(cursor, model);
	}

	@PostMapping("/checkpoints")
	String create(@Valid @ModelAttribute("checkpoint") CheckpointForm form, BindingResult binding, Model model) {
		NewCheckpoint request = form.toRequest(binding);
		if (binding.hasErrors()) {
			return page(null, model);
		}
		try {
			return "redirect:/checkpoints/" + checkpoints.create(request).id();
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(binding, refused);
		}
		catch (ConflictException | ForbiddenException | NotFoundException refused) {
			binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
		}
		return page(null, model);
	}

	@GetMapping("/checkpoints/{id}")
	String checkpoint(@PathVariable long id, Model model) {
		if (!model.containsAttribute("inspection")) {
			model.addAttribute("inspection", InspectionForm.empty(clock.dateTime()));
		}
		return checkpointPage(id, model);
	}

	/** A supervisor's visit recorded on the checkpoint's page; refused, the page comes back with every mistake. */
	@PostMapping("/checkpoints/{id}/inspections")
	String inspect(@PathVariable long id, @Valid @ModelAttribute("inspection") InspectionForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		NewInspection request = form.toRequest(binding);
		if (!binding.hasErrors()) {
			try {
				inspections.record(id, request);
				redirect.addFlashAttribute("notice", "inspection.recorded");
				return "redirect:/checkpoints/" + id + "#inspections";
			}
			catch (InvalidInputException refused) {
				FormErrors.reject(binding, refused);
			}
			catch (ForbiddenException refused) {
				binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
			}
		}
		return checkpointPage(id, model);
	}

	/** The supervisors' visits to the checkpoints of the viewer's area, newest first. */
	@GetMapping("/checkpoints/inspections")
	String inspections(@RequestParam(required = false) String cursor, Model model) {
		model.addAttribute("page", inspections.ofArea(null, null, null, cursor, 50));
		model.addAttribute("zone", clock.zone());
		return "checkpoints/inspections";
	}

	private String checkpointPage(long id, Model model) {
		model.addAttribute("checkpoint", checkpoints.find(id));
		model.addAttribute("inspections", inspections.ofCheckpoint(id, null, 5));
		model.addAttribute("inspectionItems", InspectionItem.values());
		model.addAttribute("zone", clock.zone());
		model.addAttribute("canManage", Roles.managesAreas(viewer.get()));
		model.addAttribute("today", clock.today());
		return "checkpoints/checkpoint";
	}

	@PostMapping("/checkpoints/{id}/close")
	String close(@PathVariable long id, @RequestParam(required = false) String closedOn, RedirectAttributes redirect,
			Locale locale) {
		LocalDate day;
		try {
			day = closedOn == null || closedOn.isBlank() ? null : LocalDate.parse(closedOn.strip());
		}
		catch (DateTimeParseException e) {
			day = null;
		}
		if (day == null) {
			redirect.addFlashAttribute("error", messages.getMessage("checkpoint.closedOn.required", null, locale));
		}
		else {
			try {
				checkpoints.close(id, new CheckpointClosing(day));
				redirect.addFlashAttribute("notice", "checkpoint.closed");
			}
			catch (InvalidInputException | ForbiddenException refused) {
				redirect.addFlashAttribute("error", RefusalText.text(messages, refused, locale));
			}
		}
		return "redirect:/checkpoints/" + id;
	}

	/** A page to print and put up at the site: the checkpoint's name, place and QR code. */
	@GetMapping("/checkpoints/{id}/poster")
	String poster(@PathVariable long id, Model model) {
		checkpoints.siteCode(id);
		model.addAttribute("checkpoint", checkpoints.find(id));
		return "checkpoints/poster";
	}

	@GetMapping(value = "/checkpoints/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> qr(@PathVariable long id, HttpServletRequest request) {
		String site = checkpoints.siteCode(id);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.IMAGE_PNG)
			.body(QrImage.png(QrImage.link(request, "/checkpoints/site/" + site)));
	}

	/** Where a scan of the poster lands: the checkpoint of that site, if it is in the viewer's area. */
	@GetMapping("/checkpoints/site/{siteCode}")
	String site(@PathVariable String siteCode, RedirectAttributes redirect) {
		CheckpointView here = checkpoints.atSite(siteCode);
		redirect.addFlashAttribute("notice", "checkpoint.site.arrived");
		// The check-in on a shift here proves presence by the scanned code, which the page then offers to send.
		redirect.addFlashAttribute("dutySiteCode", siteCode.strip());
		return "redirect:/checkpoints/" + here.id();
	}

	private String page(String cursor, Model model) {
		model.addAttribute("page", checkpoints.list(null, cursor, 100));
		model.addAttribute("levels", CheckpointLevel.values());
		model.addAttribute("agencies", StaffingAgency.values());
		model.addAttribute("canManage", Roles.managesAreas(viewer.get()));
		return "checkpoints/list";
	}
}
