package org.bastion.command;

import jakarta.servlet.http.HttpServletResponse;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.FormErrors;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.Roles;
import org.bastion.shared.TooLargeException;
import org.springframework.http.HttpStatus;
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
 * The notice pages: the inbox on the phone (unread first, marked), a notice opened (which reads it), the HQ's
 * notices of its area with how many places have read each and who has not, and the form to send one, a
 * guideline made from a directive too.
 */
@Controller
class NoticePageController {

	private final Notices notices;

	private final WorkGroups groups;

	private final CurrentViewer viewer;

	NoticePageController(Notices notices, WorkGroups groups, CurrentViewer viewer) {
		this.notices = notices;
		this.groups = groups;
		this.viewer = viewer;
	}

	@GetMapping("/notices")
	String inbox(Model model) {
		model.addAttribute("notices", notices.inbox());
		model.addAttribute("canSend", Roles.managesAreas(viewer.get()));
		return "command/notices";
	}

	@GetMapping("/notices/area")
	String area(Model model) {
		model.addAttribute("notices", notices.ofArea());
		model.addAttribute("canSend", Roles.managesAreas(viewer.get()));
		return "command/notices-area";
	}

	@GetMapping("/notices/new")
	String form(@RequestParam(required = false) Long directive, Model model) {
		NoticeForm form = NoticeForm.blank(NoticeKind.NOTICE, null, "");
		if (directive != null) {
			NoticeView from = notices.find(directive);
			form = NoticeForm.blank(from.kind() == NoticeKind.DIRECTIVE ? NoticeKind.GUIDELINE : NoticeKind.NOTICE,
					from.kind() == NoticeKind.DIRECTIVE ? from.id() : null, from.title());
			model.addAttribute("directive", from);
		}
		model.addAttribute("noticeForm", form);
		return formPage(model);
	}

	@PostMapping("/notices")
	String send(@ModelAttribute("noticeForm") NoticeForm form, BindingResult binding, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			NoticeView sent = notices.send(form.toNotice(), form.uploads());
			redirect.addFlashAttribute("notice", "notice.sent");
			redirect.addFlashAttribute("noticeArgument", sent.title());
			return "redirect:/notices/" + sent.id();
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(binding, NoticeForm.onForm(refused));
			if (refused instanceof TooLargeException) {
				response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			}
		}
		catch (ForbiddenException outside) {
			// Every mistake at once: the form's own beside the area refused.
			binding.rejectValue("recipient1", outside.messageKey(), outside.arguments(), outside.messageKey());
			var more = notices.problems(form.toNotice());
			if (!more.isEmpty()) {
				FormErrors.reject(binding, NoticeForm.onForm(new InvalidInputException(more)));
			}
			response.setStatus(HttpStatus.FORBIDDEN.value());
		}
		if (form.directiveId() != null) {
			model.addAttribute("directive", notices.find(form.directiveId()));
		}
		return formPage(model);
	}

	@GetMapping("/notices/{id}")
	String notice(@PathVariable long id, Model model) {
		NoticeView notice = notices.open(id);
		model.addAttribute("item", notice);
		if (Roles.managesAreas(viewer.get()) && (notice.units() > 0 || notice.members() > 0)) {
			model.addAttribute("reading", notices.reading(id));
		}
		model.addAttribute("canGuide", Roles.managesAreas(viewer.get()) && notice.kind() == NoticeKind.DIRECTIVE);
		return "command/notice";
	}

	@GetMapping("/notices/{id}/attachments/{fileId}")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long fileId) {
		return NoticeApiController.download(notices.attachment(id, fileId));
	}

	private String formPage(Model model) {
		// Only those who send have groups to send to; the form itself stays open to everyone, as it was.
		model.addAttribute("groups", Roles.managesAreas(viewer.get()) ? groups.dispatchable() : java.util.List.of());
		model.addAttribute("maxFileMegabytes", notices.maxFileMegabytes());
		model.addAttribute("maxFiles", notices.maxFiles());
		return "command/notice-form";
	}
}
