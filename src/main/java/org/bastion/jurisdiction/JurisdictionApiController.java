package org.bastion.jurisdiction;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.Slice;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/jurisdictions")
@Tag(name = "Jurisdictions", description = "The jurisdiction tree: browse and search inside the caller's area; "
		+ "add, rename, move and import for HQ administrators")
class JurisdictionApiController {

	static final int DEFAULT_LIMIT = 20;

	static final int MAX_QUERY = 100;

	private final Jurisdictions jurisdictions;

	private final TreeUpload treeUpload;

	private final MessageSource messages;

	JurisdictionApiController(Jurisdictions jurisdictions, TreeUpload treeUpload, MessageSource messages) {
		this.jurisdictions = jurisdictions;
		this.treeUpload = treeUpload;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "The caller's top nodes",
			description = "The node of the caller's area, or every top of the tree for a deployment-wide account.")
	Slice<JurisdictionResponse> tops() {
		return items(jurisdictions.tops());
	}

	@GetMapping("/search")
	@Operation(summary = "Search nodes by name or code",
			description = "Code prefix or part of the name, inside the caller's area, higher levels first.")
	Slice<JurisdictionResponse> search(@RequestParam(required = false) String q,
			@Parameter(description = "1 to 200, default 20") @RequestParam(required = false) Integer limit) {
		return items(jurisdictions.search(query(q), limit == null ? DEFAULT_LIMIT : limit));
	}

	@GetMapping("/{code}")
	@Operation(summary = "A node", description = "404 when the node is not inside the caller's area.")
	JurisdictionResponse find(@PathVariable String code) {
		return JurisdictionResponse.of(jurisdictions.visible(code));
	}

	@GetMapping("/{code}/children")
	@Operation(summary = "The children of a node", description = "404 when the node is not inside the caller's area.")
	Slice<JurisdictionResponse> children(@PathVariable String code) {
		return items(jurisdictions.children(code));
	}

	@GetMapping("/{code}/lineage")
	@Operation(summary = "The chain from the top of the tree down to a node", description = "For breadcrumbs and full names.")
	Slice<JurisdictionResponse> lineage(@PathVariable String code) {
		return items(jurisdictions.lineage(code));
	}

	@PostMapping
	@Operation(summary = "Add a node (HQ administrators)",
			description = "201 with the node; 409 when the code is taken; 403 outside the caller's area. "
					+ "Without a level, the level below the parent's.")
	ResponseEntity<JurisdictionResponse> create(@Valid @RequestBody NewJurisdiction body) {
		Jurisdiction node = jurisdictions.create(body);
		return ResponseEntity.created(URI.create("/api/v1/jurisdictions/" + node.code()))
			.body(JurisdictionResponse.of(node));
	}

	@PatchMapping("/{code}")
	@Operation(summary = "Rename a node (HQ administrators)")
	JurisdictionResponse rename(@PathVariable String code, @Valid @RequestBody JurisdictionRequests.Rename body) {
		return JurisdictionResponse.of(jurisdictions.rename(code, body.name()));
	}

	@PostMapping("/{code}/move")
	@Operation(summary = "Hang a node and its subtree under another parent (HQ administrators)",
			description = "Every path below it changes; 400 when the new parent is the node itself or below it.")
	JurisdictionResponse move(@PathVariable String code, @Valid @RequestBody JurisdictionRequests.Move body) {
		return JurisdictionResponse.of(jurisdictions.move(code, body.parentCode()));
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import a tree from xlsx or CSV (HQ administrators)",
			description = "Columns 区划代码/code, 名称/name, 上级代码/parentCode, 层级/level, header within the first "
					+ "ten rows; CSV in UTF-8 or GBK, or UTF-16 with its byte order mark and tabs (Excel's Unicode "
					+ "text). Every good row is kept; the first 100 refused rows are listed with their line, code, "
					+ "reason (a message key) and message, rejectedCount counts them all and moreRejected those not "
					+ "listed. A cell over bastion.uploads.max-cell-length refuses its row. 400 when the file cannot "
					+ "be read as a table, is larger than bastion.jurisdictions.import.max-file-size (20 MB by "
					+ "default), passes the limits of an xlsx (bastion.uploads.*), or has more rows or refused rows "
					+ "than bastion.jurisdictions.import.max-rows or max-rejected-rows; nothing is imported then.")
	ImportResponse importTree(@RequestPart("file") MultipartFile file, Locale locale) {
		return ImportResponse.of(treeUpload.importFile(file), messages, locale);
	}

	static String query(String q) {
		if (q != null && q.strip().length() > MAX_QUERY) {
			throw new InvalidInputException(new FieldViolation("q", "size", "jurisdiction.search.size", MAX_QUERY));
		}
		return q;
	}

	private static Slice<JurisdictionResponse> items(List<Jurisdiction> nodes) {
		return Slice.whole(nodes.stream().map(JurisdictionResponse::of).toList());
	}
}
