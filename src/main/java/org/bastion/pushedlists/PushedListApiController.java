package org.bastion.pushedlists;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.Slice;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

@RestController
@RequestMapping("/api/v1/pushed-lists")
@Tag(name = "Pushed lists", description = "Lists of travellers sent down for verification by the grids (大数据推送)")
class PushedListApiController {

	private final PushedLists lists;

	private final PushedListDownloads downloads;

	private final ObjectMapper json;

	PushedListApiController(PushedLists lists, PushedListDownloads downloads, ObjectMapper json) {
		this.lists = lists;
		this.downloads = downloads;
		this.json = json;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a list",
			description = "xlsx or CSV (UTF-8 or GBK, or UTF-16 with its byte order mark and tabs: Excel's Unicode "
					+ "text), header row anywhere in the first 20 rows. 202 with the list; "
					+ "its import runs in the background (poll GET /{id}). `mapping` is JSON of column index (0-based) "
					+ "to NAME, ID_NUMBER, PHONE, ORIGIN, ARRIVAL_DATE, ADDRESS, TOWNSHIP, SEX, TRANSPORT, VEHICLE, NOTE, "
					+ "SEQUENCE or IGNORE, for columns the header does not name. 400 naming `file`, `columns` or "
					+ "`mapping` when the file cannot be imported, or passes the limits of an xlsx (bastion.uploads.*). "
					+ "The job refuses a row with a cell over bastion.uploads.max-cell-length, and fails with `failure` "
					+ "and `failureArgument` (the limit) past bastion.pushed-lists.max-rows or max-rejected-rows.")
	ResponseEntity<PushedListView> upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String name, @RequestParam(required = false) String deadline,
			@Parameter(description = "JSON: {\"4\": \"PHONE\"}") @RequestParam(required = false) String mapping,
			@Parameter(description = "The list's area inside the caller's; the caller's own by default")
			@RequestParam(required = false) String jurisdiction,
			@Parameter(description = "false: import nothing if any row is refused")
			@RequestParam(defaultValue = "true") boolean keepGoodRows) {
		PushedListRequest request = new PushedListRequest(name, date(deadline), jurisdiction, keepGoodRows);
		Map<Integer, String> columns = mapping(mapping);
		PushedLists.StagedUpload upload = stage(lists, file);
		PushedListView list;
		try {
			list = lists.submit(upload, request, columns);
		}
		catch (RuntimeException refused) {
			lists.discard(upload);
			throw refused;
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/v1/pushed-lists/" + list.id()))
			.body(list);
	}

	@GetMapping
	@Operation(summary = "Recent lists of the caller's area, newest first",
			description = "The `limit` newest lists; `nextCursor` is always null: older lists are not paged.")
	Slice<PushedListView> recent(@RequestParam(defaultValue = "20") int limit) {
		return new Slice<>(lists.recent(limit), null);
	}

	@GetMapping("/{id}")
	@Operation(summary = "A list and its import's progress",
			description = "status QUEUED|RUNNING|DONE|FAILED, rows, accepted, rejected, matched, dispatched, progress "
					+ "0-100, and once DONE the entries per verification outcome in the caller's area.")
	PushedListView find(@PathVariable long id) {
		return lists.find(id);
	}

	@GetMapping("/{id}/progress")
	@Operation(summary = "Completion per child area", description = "Entries, verified and overdue under `jurisdiction` "
			+ "(the list's area, or the caller's part of it, by default) and per child area.")
	PushedListProgress progress(@PathVariable long id, @RequestParam(required = false) String jurisdiction) {
		return lists.progress(id, jurisdiction);
	}

	@GetMapping("/{id}/entries")
	@Operation(summary = "The list's entries in the caller's area with their verification",
			description = "Paged by id, 100 a page unless `limit` asks for 1 to 500; pass `nextCursor` as `cursor` "
					+ "for the next page.")
	Slice<ListEntryView> entries(@PathVariable long id, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer limit) {
		return lists.entries(id, cursor, limit);
	}

	@GetMapping("/{id}/errors")
	@Operation(summary = "The refused rows with line and reason", description = "CSV for Excel, or `format=xlsx`.")
	void errors(@PathVariable long id, @RequestParam(defaultValue = "csv") String format, HttpServletResponse response,
			Locale locale) throws IOException {
		downloads.errors(id, "xlsx".equalsIgnoreCase(format), response, locale);
	}

	@GetMapping("/{id}/result.xlsx")
	@Operation(summary = "The verified list to send back up",
			description = "The sender's columns, then the outcome, route, note, who verified and when.")
	void result(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
		downloads.result(id, response, locale);
	}

	/** Stores an upload, answering a missing or unreadable file as a bad {@code file} field. */
	static PushedLists.StagedUpload stage(PushedLists lists, MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException(new FieldViolation("file", "notEmpty", "file.empty"));
		}
		if (file.getSize() > lists.maxBytes()) {
			throw new InvalidInputException(
					new FieldViolation("file", "size", "pushedList.file.tooLarge", lists.maxBytes() / (1024 * 1024)));
		}
		try (InputStream in = file.getInputStream()) {
			return lists.stage(in, fileName(file));
		}
		catch (IOException broken) {
			throw new InvalidInputException(new FieldViolation("file", "readable", "file.notTable"));
		}
	}

	static String fileName(MultipartFile file) {
		String name = file.getOriginalFilename();
		return name == null || name.isBlank() ? "upload" : name;
	}

	static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException bad) {
			throw new InvalidInputException(new FieldViolation("deadline", "date", "pushedList.deadline.format"));
		}
	}

	private Map<Integer, String> mapping(String text) {
		if (text == null || text.isBlank()) {
			return Map.of();
		}
		try {
			return json.readValue(text, new TypeReference<Map<Integer, String>>() {
			});
		}
		catch (RuntimeException unreadable) {
			throw new InvalidInputException(new FieldViolation("mapping", "json", "pushedList.mapping.json"));
		}
	}
}
