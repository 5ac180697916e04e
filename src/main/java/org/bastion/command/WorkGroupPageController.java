package org.bastion.command;

import java.util.Locale;

import org.bastion.shared.BastionException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FormErrors;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.RefusalText;
import org.bastion.shared.Roles;
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
 * The work group pages: the groups of the area (and one's own), a group's page with its members and head, where
 * the HQ's staff add and remove members picked by name and make one the head, and the form of a new group.
 */
@Controller
class WorkGroupPageController {

	private final WorkGroups groups;

	private final CurrentViewer viewer;

	private final MessageSource messages;

	WorkGroupPageController(WorkGroups groups, CurrentViewer viewer, MessageSource messages) {
		this.groups = groups;
		this.viewer = viewer;
		this.messages = messages;
	}

	@GetMapping("/work-groups")
	String list(Model model) {
		model.addAttribute("groups", groups.list(null, PageRequest.MAX_SIZE).items());
		model.addAttribute("canCreate", Roles.managesAreas(viewer.get()) && !viewer.get().readOnly());
		return "command/groups";
	}

	@GetMapping("/work-groups/new")
	String form(Model model) {
		model.addAttribute("group", WorkGroupForm.blank());
		return formPage(model);
	}

	@PostMapping("/work-groups")
	String create(@ModelAttribute("group") WorkGroupForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		try {
			WorkGroupView made = groups.create(form.toGroup());
			redirect.addFlashAttribute("notice", "workGroup.created");
			redirect.addFlashAttribute("noticeArgument", made.name());
			return "redirect:/work-groups/" + made.id();
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(binding, refused);
			return formPage(model);
		}
	}

	@GetMapping("/work-groups/{id}")
	String group(@PathVariable long id, Model model) {
		WorkGroupView group = groups.find(id);
		boolean manages = groups.manages(group);
		model.addAttribute("group", group);
		model.addAttribute("manages", manages);
		model.addAttribute("candidates", manages ? groups.candidates(id) : java.util.List.of());
		return "command/group";
	}

	@PostMapping("/work-groups/{id}/members")
	String addMember(@PathVariable long id, @RequestParam(required = false) Long userId, RedirectAttributes redirect,
			Locale locale) {
		return step(id, () -> groups.addMember(id, new WorkGroupChange(userId, null)), "workGroup.member.added", redirect, locale);
	}

	@PostMapping("/work-groups/{id}/members/{userId}/remove")
	String removeMember(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect, Locale locale) {
		return step(id, () -> groups.removeMember(id, userId), "workGroup.member.removed", redirect, locale);
	}

	@PostMapping("/work-groups/{id}/head")
	String head(@PathVariable long id, @RequestParam(required = false) Long userId,
			@RequestParam(required = false) Boolean replace, RedirectAttributes redirect, Locale locale) {
		return step(id, () -> groups.setHead(id, new WorkGroupChange(userId, replace)), "workGroup.head.set", redirect, locale);
	}

	/** One change on a group's page: back to it with what happened, or why not, in words. */
	private String step(long id, java.util.function.Supplier<WorkGroupView> work, String notice,
			RedirectAttributes redirect, Locale locale) {
		try {
			WorkGroupView group = work.get();
			redirect.addFlashAttribute("notice", notice);
			redirect.addFlashAttribute("noticeArgument", group.name());
		}
		catch (InvalidInputException | org.bastion.shared.ConflictException refused) {
			redirect.addFlashAttribute("error", RefusalText.text(messages, (BastionException) refused, locale));
		}
		return "redirect:/work-groups/" + id;
	}

	private String formPage(Model model) {
		model.addAttribute("kinds", WorkGroupKind.values());
		return "command/group-form";
	}
}
