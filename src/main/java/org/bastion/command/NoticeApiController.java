package org.bastion.command;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bastion.shared.Idempotency;
import org.bastion.shared.Slice;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Notices", description = "Notices, directives from above and working guidelines sent to areas, with attachments and read receipts")
class NoticeApiController {

	private final Notices notices;

	NoticeApiController(Notices notices) {
		this.notices = notices;
	}

	@PostMapping(path = "/api/v1/notices", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Send a notice (kind NOTICE, DIRECTIVE or GUIDELINE) to areas of one's own (recipients, codes)",
			description = "Township and county HQ; a directive only by the county, a guideline names its directive "
					+ "(directiveId). 400 naming every mistake, 403 for an area outside the sender's; a repeated "
					+ "clientId or Idempotency-Key returns the first notice. With attachments, send multipart/form-data: "
					+ "the notice as the JSON part `notice` and the files as parts `files` (few, each under "
					+ "bastion.notices.max-file-size, 10 MB by default: 413 past it; PDF, JPEG, PNG and office documents, "
					+ "the type read from the bytes).")
	ResponseEntity<NoticeView> send(@RequestBody NewNotice body,
			@RequestHeader(name = Idempotency.KEY, required = false) String key) {
		return sent(notices.send(body.withClientId(Idempotency.clientId(key, body.clientId(), "notice.clientId.shape")), List.of()));
	}

	@PostMapping(path = "/api/v1/notices", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<NoticeView> sendWithFiles(@RequestPart("notice") NewNotice body,
			@RequestPart(name = "files", required = false) List<MultipartFile> files,
			@RequestHeader(name = Idempotency.KEY, required = false) String key) {
		return sent(notices.send(body.withClientId(Idempotency.clientId(key, body.clientId(), "notice.clientId.shape")),
				NoticeForm.uploads(files)));
	}

	@GetMapping("/api/v1/notices")
	@Operation(summary = "The caller's notices, unread first (box=inbox, the default), or those of the caller's area (box=area)",
			description = "Paged by cursor; in the area's, units and readUnits count the places of the caller's area.")
	Slice<NoticeView> list(@RequestParam(required = false) String box, @RequestParam(required = false) String cursor,
			@RequestParam(required = false) Integer limit) {
		return notices.list(box, cursor, limit);
	}

	@GetMapping("/api/v1/notices/{id}")
	@Operation(summary = "A notice the caller reads or whose places lie in the caller's area",
			description = "Reading it here marks nothing: POST …/read does.")
	NoticeView notice(@PathVariable long id) {
		return notices.find(id);
	}

	@PostMapping("/api/v1/notices/{id}/read")
	@Operation(summary = "Mark a notice read by the caller, for their place",
			description = "One receipt per account: 409 the second time, nothing stored again; 403 for one who "
					+ "oversees the notice's places but is not among its readers.")
	NoticeRead read(@PathVariable long id) {
		return notices.read(id);
	}

	@GetMapping("/api/v1/notices/{id}/unread")
	@Operation(summary = "Which places of the caller's area have not read a notice, with their accounts",
			description = "For the HQ of the area. A place (township, village) is read once one of its accounts has "
					+ "opened the notice; `read` lists those that have, with who read it and when.")
	NoticeReading unread(@PathVariable long id) {
		return notices.reading(id);
	}

	@GetMapping("/api/v1/notices/{id}/attachments/{fileId}")
	@Operation(summary = "An attachment of a notice the caller may see", description = "Always as a download.")
	ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long fileId) {
		return download(notices.attachment(id, fileId));
	}

	/** A file handed out as a download of its sniffed type, never shown inline, so that no upload runs as a page. */
	static ResponseEntity<byte[]> download(Notices.Download file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	private static ResponseEntity<NoticeView> sent(NoticeView notice) {
		return notice.replayed() ? ResponseEntity.ok(notice)
				: ResponseEntity.created(URI.create("/api/v1/notices/" + notice.id())).body(notice);
	}
}
