package org.bastion.command;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.JurisdictionPath;

/**
 * The rules of notices, as pure functions of records:
 * <ul>
 * <li>who may send which kind: a directive from above only by county HQ; a guideline only from a directive
 * the sender sees, the other kinds from none;</li>
 * <li>which places read it ({@link #units}): every township and village inside the areas chosen, or the
 * chosen place itself at village level or below; never the sender's own office or one above it;</li>
 * <li>which place an account reads for ({@link #unitOf}): the deepest of those holding its area, so a grid
 * worker reads for the village and a township's staff for the township;</li>
 * <li>which attachments are taken ({@link #contentType}): the type is read from the first bytes, never from
 * the name or the browser's word, and only documents and pictures a notice carries are taken.</li>
 * </ul>
 */
final class NoticePolicy {

	/** A place as the rules need it. */
	record Place(String code, JurisdictionPath path, JurisdictionLevel level) {
	}

	/** The directive a guideline is made from, as the sender sees it; null when it is unknown or out of sight. */
	record Directive(long id, NoticeKind kind) {
	}

	/** How many first bytes {@link #contentType} reads. */
	static final int SNIFFED_BYTES = 8;

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	private static final byte[] OLE = { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1 };

	/** Office documents are containers (zip, OLE): the name's ending says which document the container holds. */
	private static final Map<String, String> OOXML = Map.of(
			"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");

	private static final Map<String, String> OLE_DOCUMENTS = Map.of("doc", "application/msword", "xls",
			"application/vnd.ms-excel", "ppt", "application/vnd.ms-powerpoint");

	private NoticePolicy() {
	}

	/**
	 * What is wrong with the kind of a notice and the directive it names.
	 *
	 * @param countyHq whether the sender is the county's HQ, who pass directives down
	 * @param directive the directive named, as the sender sees it, or null when none is named or it is unknown to them
	 */
	static List<FieldViolation> kindProblems(NoticeKind kind, boolean countyHq, Long directiveId, Directive directive) {
		List<FieldViolation> problems = new ArrayList<>();
		switch (kind) {
			case DIRECTIVE -> {
				if (!countyHq) {
					problems.add(new FieldViolation("kind", "countyOnly", "notice.kind.directive.county"));
				}
				if (directiveId != null) {
					problems.add(new FieldViolation("directiveId", "guidelineOnly", "notice.directive.guidelineOnly"));
				}
			}
			case NOTICE -> {
				if (directiveId != null) {
					problems.add(new FieldViolation("directiveId", "guidelineOnly", "notice.directive.guidelineOnly"));
				}
			}
			case GUIDELINE -> {
				if (directiveId == null) {
					problems.add(new FieldViolation("directiveId", "required", "notice.directive.required"));
				}
				else if (directive == null) {
					problems.add(new FieldViolation("directiveId", "known", "notice.directive.unknown"));
				}
				else if (directive.kind() != NoticeKind.DIRECTIVE) {
					problems.add(new FieldViolation("directiveId", "directive", "notice.directive.notDirective"));
				}
			}
		}
		return problems;
	}

	/**
	 * The places that read a notice sent to {@code chosen}: the chosen place itself at village level or below,
	 * otherwise the townships and villages of {@code below} (the chosen place's subtree, itself included),
	 * leaving out the sender's own office and those above it; in path order, each once.
	 */
	static List<Place> units(List<Place> chosen, Map<String, List<Place>> below, JurisdictionPath sender) {
		Map<String, Place> units = new LinkedHashMap<>();
		for (Place place : chosen) {
			if (readsItself(place.level())) {
				units.putIfAbsent(place.code(), place);
				continue;
			}
			for (Place node : below.getOrDefault(place.code(), List.of())) {
				boolean followed = node.level() == JurisdictionLevel.TOWNSHIP || node.level() == JurisdictionLevel.VILLAGE;
				if (followed && place.path().contains(node.path()) && !node.path().contains(sender)) {
					units.putIfAbsent(node.code(), node);
				}
			}
		}
		return units.values().stream().sorted(Comparator.comparing(p -> p.path().value())).toList();
	}

	/** The place an account of {@code area} reads for: the deepest unit holding it, if any does. */
	static Optional<Place> unitOf(JurisdictionPath area, List<Place> units) {
		return units.stream().filter(u -> u.path().contains(area)).max(Comparator.comparingInt(u -> u.path().depth()));
	}

	/** Whether a chosen place is read by its own staff rather than by the townships and villages below it. */
	static boolean readsItself(JurisdictionLevel level) {
		return level != null && level.ordinal() >= JurisdictionLevel.VILLAGE.ordinal();
	}

	/**
	 * The content type of an attachment from its first bytes ({@link #SNIFFED_BYTES}) and, for office documents
	 * only, the ending of its name; empty for anything else (a program, a page, an archive, text).
	 */
	static Optional<String> contentType(byte[] head, String fileName) {
		if (startsWith(head, PDF)) {
			return Optional.of("application/pdf");
		}
		if (startsWith(head, PNG)) {
			return Optional.of("image/png");
		}
		if (startsWith(head, JPEG)) {
			return Optional.of("image/jpeg");
		}
		String ending = ending(fileName);
		if (startsWith(head, ZIP)) {
			return Optional.ofNullable(OOXML.get(ending));
		}
		if (startsWith(head, OLE)) {
			return Optional.ofNullable(OLE_DOCUMENTS.get(ending));
		}
		return Optional.empty();
	}

	private static String ending(String fileName) {
		if (fileName == null) {
			return "";
		}
		int dot = fileName.lastIndexOf('.');
		return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
	}

	private static boolean startsWith(byte[] head, byte[] magic) {
		return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
	}
}
