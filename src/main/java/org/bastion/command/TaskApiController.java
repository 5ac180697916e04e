package org.bastion.command;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bastion.shared.Idempotency;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.Slice;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Command", description = "Tasks dispatched to a person, a place or a work group: received, in progress, done (with a photo) or refused, escalated when overdue")
class TaskApiController {

	private final Tasks tasks;

	TaskApiController(Tasks tasks) {
		this.tasks = tasks;
	}

	@PostMapping("/api/v1/tasks")
	@Operation(summary = "Dispatch a task to a person (assigneeUserId), a place (jurisdictionCode) or a work group (groupId) of one's area",
			description = "Township and county HQ; personId names the person the task concerns (their timeline shows it). "
					+ "400 naming every mistake (a due time in the past, several or no target, a person one does not see), "
					+ "403 for a person, a place or a group outside the sender's area; a repeated clientId or "
					+ "Idempotency-Key returns the first task.")
	ResponseEntity<TaskView> dispatch(@RequestBody NewTask body,
			@RequestHeader(name = Idempotency.KEY, required = false) String key) {
		TaskView task = tasks.dispatch(body.withClientId(Idempotency.clientId(key, body.clientId(), "task.clientId.shape")));
		return task.replayed() ? ResponseEntity.ok(task)
				: ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id())).body(task);
	}

	@GetMapping("/api/v1/tasks")
	@Operation(summary = "The caller's tasks (assignee=me) or, without assignee, those of the caller's area",
			description = "Newest first, paged by cursor; status filters (DISPATCHED, RECEIVED, IN_PROGRESS, DONE, REFUSED).")
	Slice<TaskView> list(@RequestParam(required = false) String assignee, @RequestParam(required = false) String status,
			@RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
		return tasks.list(assignee, status, cursor, limit);
	}

	@GetMapping("/api/v1/tasks/{id}")
	@Operation(summary = "A task the caller holds or whose place is in the caller's area")
	TaskView task(@PathVariable long id) {
		return tasks.find(id);
	}

	@PostMapping("/api/v1/tasks/{id}/acknowledge")
	@Operation(summary = "Acknowledge a task one holds (签收)", description = "409 the second time; 403 for a task "
			+ "of one's area that is someone else's.")
	TaskView acknowledge(@PathVariable long id) {
		return tasks.acknowledge(id);
	}

	@PostMapping("/api/v1/tasks/{id}/progress")
	@Operation(summary = "Start on an acknowledged task", description = "409 before it is acknowledged or once closed.")
	TaskView progress(@PathVariable long id) {
		return tasks.start(id);
	}

	@PostMapping("/api/v1/tasks/{id}/complete")
	@Operation(summary = "Report a task done with a note of what was done", description = "400 without a note; 409 "
			+ "before it is acknowledged or once closed.")
	TaskView complete(@PathVariable long id, @RequestBody TaskNote body) {
		return tasks.complete(id, body);
	}

	@PostMapping("/api/v1/tasks/{id}/refuse")
	@Operation(summary = "Refuse an open task, saying why (the note)", description = "400 without a reason; 409 once closed.")
	TaskView refuse(@PathVariable long id, @RequestBody TaskNote body) {
		return tasks.refuse(id, body);
	}

	@PostMapping(path = "/api/v1/tasks/{id}/photo")
	@Operation(summary = "Add the photo of a task one holds, received, started or done (multipart part \"photo\")",
			description = "A JPEG, PNG or WebP image by its content, at most bastion.tasks.photo.max-size (5 MB): 400 "
					+ "naming the photo field otherwise; 409 before the task is acknowledged or once refused. A second "
					+ "photo takes the first one's place.")
	TaskView addPhoto(@PathVariable long id, @RequestParam(name = TaskPhoto.FIELD, required = false) MultipartFile photo) {
		return tasks.attachPhoto(id, TaskPhotoUploads.of(photo));
	}

	@GetMapping("/api/v1/tasks/{id}/photo")
	@Operation(summary = "The photo a task the caller sees was done with", description = "404 when it has none.")
	ResponseEntity<byte[]> photo(@PathVariable long id) {
		return TaskPhotoUploads.answer(tasks.photo(id).orElseThrow(() -> new NotFoundException("task.photo")));
	}
}
