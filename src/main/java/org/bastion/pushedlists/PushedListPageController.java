package org.bastion.pushedlists;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.FieldClock;
import org.bastion.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Pushed lists on the desk of HQ: the upload, the step that maps columns nobody recognised, the list's
 * page that follows its import, and the files it hands out.
 */
@Controller
@PreAuthorize(PushedLists.READERS)
class PushedListPageController {

	/** Days a grid gets to verify when the uploader does not say: the field worked to 24-72 hours. */
	private static final int DEFAULT_DAYS = 3;

	private final PushedLists lists;

	private final PushedListDownloads downloads;

	private final MessageSource messages;

	private final FieldClock clock;

	PushedListPageController(PushedLists lists, PushedListDownloads downloads, MessageSource messages,
			FieldClock clock) {
		this.lists = lists;
		this.downloads = downloads;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/pushed-lists")
	String index(Model model) {
		model.addAttribute("lists", lists.recent(50));
		return "pushedlists/index";
	}

	@GetMapping("/pushed-lists/new")
	String form(Model model) {
		model.addAttribute("name", "");
		model.addAttribute("deadline", clock.today().plusDays(DEFAULT_DAYS));
		model.addAttribute("keepGoodRows", true);
		return "pushedlists/new";
	}

	@PostMapping("/pushed-lists/new")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String name, @RequestParam(required = false) String deadline,
			@RequestParam(defaultValue = "false") boolean keepGoodRows, Model model, Locale locale) {
		model.addAttribute("name", name);
		model.addAttribute("deadline", deadline);
		model.addAttribute("keepGoodRows", keepGoodRows);
		PushedLists.StagedUpload upload;
		try {
			upload = PushedListApiController.stage(lists, file);
		}
		catch (InvalidInputException refused) {
			model.addAttribute("errors", messages(refused, locale));
			return "pushedlists/new";
		}
		if (!upload.header().columns().complete()) {
			return mapping(upload, model, null);
		}
		return submit(upload, name, deadline, keepGoodRows, Map.of(), model, locale);
	}

	@PostMapping("/pushed-lists/mapping")
	String map(@RequestParam String token, @RequestParam String fileName, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) String deadline, @RequestParam(defaultValue = "false") boolean keepGoodRows,
			@RequestParam Map<String, String> form, Model model, Locale locale) {
		model.addAttribute("name", name);
		model.addAttribute("deadline", deadline);
		model.addAttribute("keepGoodRows", keepGoodRows);
		PushedLists.StagedUpload upload;
		try {
			upload = lists.staged(token, fileName);
		}
		catch (InvalidInputException gone) {
			model.addAttribute("errors", messages(gone, locale));
			return "pushedlists/new";
		}
		Map<Integer, String> mapping = new HashMap<>();
		for (int column = 0; column < upload.width(); column++) {
			String choice = form.get("col" + column);
			mapping.put(column, choice == null || choice.isBlank() ? ListColumns.IGNORE : choice);
		}
		return submit(upload, name, deadline, keepGoodRows, mapping, model, locale);
	}

	private String submit(PushedLists.StagedUpload upload, String name, String deadline, boolean keepGoodRows,
			Map<Integer, String> mapping, Model model, Locale locale) {
		try {
			PushedListView list = lists.submit(upload,
					new PushedListRequest(name, PushedListApiController.date(deadline), null, keepGoodRows), mapping);
			return "redirect:/pushed-lists/" + list.id();
		}
		catch (InvalidInputException refused) {
			return mapping(upload, model, messages(refused, locale));
		}
	}

	private String mapping(PushedLists.StagedUpload upload, Model model, Map<String, String> errors) {
		model.addAttribute("upload", upload);
		model.addAttribute("fields", ListColumns.Field.values());
		model.addAttribute("errors", errors);
		return "pushedlists/mapping";
	}

	@GetMapping("/pushed-lists/{id}")
	String list(@PathVariable long id, Model model) {
		describe(id, model);
		return "pushedlists/list";
	}

	/** The status block alone, polled by htmx while the import runs. */
	@GetMapping("/pushed-lists/{id}/status")
	String status(@PathVariable long id, Model model) {
		describe(id, model);
		return "pushedlists/list :: status";
	}

	/** The list, and its progress per area once the import is done: what the page and its status block show. */
	private void describe(long id, Model model) {
		PushedListView list = lists.find(id);
		model.addAttribute("list", list);
		if (list.status() == PushedListStatus.DONE) {
			model.addAttribute("progress", lists.progress(id, null));
		}
	}

	@GetMapping("/pushed-lists/{id}/errors.csv")
	void errorsCsv(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
		downloads.errors(id, false, response, locale);
	}

	@GetMapping("/pushed-lists/{id}/errors.xlsx")
	void errorsXlsx(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
		downloads.errors(id, true, response, locale);
	}

	@GetMapping("/pushed-lists/{id}/result.xlsx")
	void result(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
		downloads.result(id, response, locale);
	}

	/** Field name to message, for the page to show beside the field or at the top. */
	private Map<String, String> messages(InvalidInputException refused, Locale locale) {
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		for (FieldViolation v : refused.violations()) {
			errors.merge(v.field(), messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale),
					(a, b) -> a + " " + b);
		}
		return errors;
	}
}
