package org.bastion.command;

import java.util.Locale;

import org.bastion.shared.BastionException;
import org.bastion.shared.ConflictException;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FormErrors;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.RefusalText;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.Roles;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task pages: a person's inbox on the phone (their open tasks, the escalated first in red, a tap to
 * acknowledge, start, finish with a photo from the camera or refuse), a task's own page with its photo, the
 * area's open tasks for the dispatchers, and the dispatch form.
 */
@Controller
class TaskPageController {

	private final Tasks tasks;

	private final CurrentViewer viewer;

	private final FieldClock clock;

	private final MessageSource messages;

	private final WorkGroups groups;

	TaskPageController(Tasks tasks, CurrentViewer viewer, FieldClock clock, MessageSource messages, WorkGroups groups) {
		this.tasks = tasks;
		this.groups = groups;
		this.viewer = viewer;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/tasks")
	String inbox(Model model) {
		model.addAttribute("tasks", tasks.inbox());
		model.addAttribute("canDispatch", Roles.managesAreas(viewer.get()));
		return "command/inbox";
	}

	@GetMapping("/tasks/area")
	String area(Model model) {
		model.addAttribute("tasks", tasks.openInArea());
		model.addAttribute("canDispatch", Roles.managesAreas(viewer.get()));
		return "command/area";
	}

	@GetMapping("/tasks/new")
	String form(Model model) {
		model.addAttribute("task", TaskForm.blank());
		return formPage(model);
	}

	@PostMapping("/tasks")
	String dispatch(@ModelAttribute("task") TaskForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		NewTask task = form.toTask(binding);
		if (binding.hasErrors()) {
			// Every mistake at once: the service's own rules beside what the form could not read.
			java.util.List<org.bastion.shared.FieldViolation> more = tasks.problems(task, clock.instant());
			if (!more.isEmpty()) {
				FormErrors.reject(binding, new InvalidInputException(more));
			}
			return formPage(model);
		}
		try {
			TaskView sent = tasks.dispatch(task);
			redirect.addFlashAttribute("notice", "task.dispatched");
			redirect.addFlashAttribute("noticeArgument", sent.title());
			return "redirect:/tasks/area";
		}
		catch (InvalidInputException refused) {
			FormErrors.reject(binding, refused);
			return formPage(model);
		}
	}

	@GetMapping("/tasks/{id}")
	String task(@PathVariable long id, Model model) {
		model.addAttribute("t", tasks.find(id));
		return "command/task";
	}

	@GetMapping("/tasks/{id}/photo")
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		return TaskPhotoUploads.answer(tasks.photo(id).orElseThrow(() -> new org.bastion.shared.NotFoundException("task.photo")));
	}

	@PostMapping("/tasks/{id}/acknowledge")
	String acknowledge(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return step(() -> tasks.acknowledge(id), "task.acknowledged", redirect, locale);
	}

	@PostMapping("/tasks/{id}/progress")
	String progress(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		return step(() -> tasks.start(id), "task.started", redirect, locale);
	}

	@PostMapping("/tasks/{id}/complete")
	String complete(@PathVariable long id, @RequestParam(required = false) String note,
			@RequestParam(name = TaskPhoto.FIELD, required = false) MultipartFile photo, RedirectAttributes redirect,
			Locale locale) {
		return step(() -> tasks.complete(id, new TaskNote(note), TaskPhotoUploads.of(photo)), "task.done", redirect, locale);
	}

	@PostMapping("/tasks/{id}/refuse")
	String refuse(@PathVariable long id, @RequestParam(required = false) String note, RedirectAttributes redirect,
			Locale locale) {
		return step(() -> tasks.refuse(id, new TaskNote(note)), "task.refused", redirect, locale);
	}

	/** One step of a task from the inbox: back to it with what happened, or why not, in words. */
	private String step(java.util.function.Supplier<TaskView> work, String notice, RedirectAttributes redirect,
			Locale locale) {
		try {
			TaskView task = work.get();
			redirect.addFlashAttribute("notice", notice);
			redirect.addFlashAttribute("noticeArgument", task.title());
		}
		catch (InvalidInputException | ConflictException refused) {
			redirect.addFlashAttribute("error", RefusalText.text(messages, (BastionException) refused, locale));
		}
		return "redirect:/tasks";
	}

	private String formPage(Model model) {
		model.addAttribute("staff", tasks.assignable());
		model.addAttribute("groups", groups.dispatchable());
		model.addAttribute("priorities", TaskPriority.values());
		model.addAttribute("now", clock.dateTime().withSecond(0).withNano(0));
		return "command/form";
	}
}
