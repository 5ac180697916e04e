package org.bastion.jurisdiction;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import org.bastion.jurisdiction.TreeImport.TreeImportResult.RejectedRow;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.Roles;
import org.bastion.shared.TabularFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Imports a jurisdiction tree from a table of code, name, parent code and level. Rows may come
 * in any order; every good row is kept, every bad one is reported with its line and reason.
 * An existing code under the same parent is renamed, never moved: moving is a deliberate act.
 */
@Service
public class TreeImport {

	private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,24}");

	private static final Map<String, String> HEADERS = Map.ofEntries(Map.entry("区划代码", "code"),
			Map.entry("代码", "code"), Map.entry("编码", "code"), Map.entry("code", "code"), Map.entry("名称", "name"),
			Map.entry("区划名称", "name"), Map.entry("name", "name"), Map.entry("上级代码", "parent"),
			Map.entry("上级区划代码", "parent"), Map.entry("父级代码", "parent"), Map.entry("parent", "parent"),
			Map.entry("parentcode", "parent"), Map.entry("parent_code", "parent"), Map.entry("层级", "level"),
			Map.entry("级别", "level"), Map.entry("level", "level"));

	private final JurisdictionDatabase database;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final TabularFile.Limits limits;

	private final int maxRows;

	private final int maxRejected;

	TreeImport(JurisdictionDatabase database, CurrentViewer viewer, AuditTrail audit,
			@Value("${bastion.uploads.max-inflated-size:1GB}") DataSize maxInflated,
			@Value("${bastion.uploads.max-compression-ratio:100}") int maxRatio,
			@Value("${bastion.uploads.max-cell-length:1000}") int maxCellLength,
			@Value("${bastion.jurisdictions.import.max-rows:200000}") int maxRows,
			@Value("${bastion.jurisdictions.import.max-rejected-rows:10000}") int maxRejected) {
		this.database = database;
		this.viewer = viewer;
		this.audit = audit;
		this.limits = new TabularFile.Limits(maxInflated.toBytes(), maxRatio, maxCellLength);
		this.maxRows = maxRows;
		this.maxRejected = maxRejected;
	}

	/**
	 * Reads an xlsx or CSV file whose header row (within the first ten) names the columns. Only the four
	 * columns of each row are kept while the file is read.
	 *
	 * @throws TabularFile.UnreadableFileException when the file is no table, has no header, or passes
	 * the rows of a tree file or the refused rows it may have; nothing is imported then
	 */
	@Transactional
	@PreAuthorize(Roles.HQ)
	public TreeImportResult importFile(InputStream file, String fileName) {
		AtomicReference<Map<String, Integer>> columns = new AtomicReference<>();
		List<TreeRow> rows = new ArrayList<>();
		List<RejectedRow> overlong = new ArrayList<>();
		try {
			TabularFile.read(file, limits, line -> {
				if (columns.get() == null) {
					if (line.number() > 10) {
						throw new NoHeader();
					}
					columns.set(header(line));
					return;
				}
				if (line.blank()) {
					return;
				}
				if (rows.size() + overlong.size() >= maxRows) {
					throw new TabularFile.UnreadableFileException("tree.import.tooManyRows", maxRows);
				}
				Map<String, Integer> named = columns.get();
				TreeRow row = new TreeRow(line.number(), cell(line, named, "code"), cell(line, named, "name"),
						cell(line, named, "parent"), cell(line, named, "level"));
				if (line.overlong() >= 0) {
					overlong.add(new RejectedRow(line.number(), row.code(), "tree.import.cellLong",
							(line.overlong() + 1) + RejectedRow.SEPARATOR + limits.maxCellLength()));
					tooManyRejected(overlong.size());
				}
				else {
					rows.add(row);
				}
			});
		}
		catch (NoHeader noHeader) {
			// The first ten rows named no columns: reported below.
		}
		if (columns.get() == null) {
			throw new TabularFile.UnreadableFileException("tree.import.noHeader");
		}
		TreeImportResult imported = importRows(rows);
		List<RejectedRow> rejected = new ArrayList<>(imported.rejected());
		rejected.addAll(overlong);
		rejected.sort(java.util.Comparator.comparingInt(RejectedRow::line));
		tooManyRejected(rejected.size());
		TreeImportResult result = new TreeImportResult(imported.rows() + overlong.size(), imported.created(),
				imported.renamed(), imported.unchanged(), rejected);
		audit.record(AuditAction.IMPORT, "jurisdiction-tree", fileName + ": " + result.created() + " created, "
				+ result.renamed() + " renamed, " + result.rejected().size() + " rejected");
		return result;
	}

	/**
	 * Past the limit the file is the wrong one, or its header is: refused whole, rolling back what was
	 * written, rather than answered with a list of errors nobody reads.
	 */
	private void tooManyRejected(int rejected) {
		if (rejected > maxRejected) {
			throw new TabularFile.UnreadableFileException("tree.import.tooManyRejected", maxRejected);
		}
	}

	/** Ends the reading when the first ten rows named no columns. */
	private static final class NoHeader extends RuntimeException {

		NoHeader() {
			super(null, null, false, false);
		}
	}

	/** Imports rows already read; used by the file import and the demo county. */
	@Transactional
	@PreAuthorize(Roles.HQ)
	public TreeImportResult importRows(List<TreeRow> rows) {
		List<RejectedRow> rejected = new ArrayList<>();
		Map<String, TreeRow> pending = new LinkedHashMap<>();
		for (TreeRow row : rows) {
			Optional<RejectedRow> problem = check(row);
			if (problem.isPresent()) {
				rejected.add(problem.get());
			}
			else if (pending.containsKey(row.code())) {
				rejected.add(new RejectedRow(row.line(), row.code(), "tree.import.duplicate", row.code()));
			}
			else {
				pending.put(row.code(), row);
			}
		}
		Map<String, Jurisdiction> placed = new HashMap<>();
		int created = 0;
		int renamed = 0;
		int unchanged = 0;
		boolean progress = true;
		while (progress && !pending.isEmpty()) {
			progress = false;
			for (var it = pending.values().iterator(); it.hasNext();) {
				TreeRow row = it.next();
				String parentCode = blankToNull(row.parentCode());
				Optional<Jurisdiction> parent = parentCode == null ? Optional.empty()
						: Optional.ofNullable(placed.get(parentCode)).or(() -> database.find(parentCode));
				if (parentCode != null && parent.isEmpty()) {
					if (!pending.containsKey(parentCode)) {
						rejected.add(new RejectedRow(row.line(), row.code(), "tree.import.unknownParent", parentCode));
						it.remove();
						progress = true;
					}
					continue;
				}
				it.remove();
				progress = true;
				Optional<Jurisdiction> existing = database.find(row.code());
				if (!insideScope(row, parent, existing)) {
					rejected.add(new RejectedRow(row.line(), row.code(), "tree.import.outsideArea", row.code()));
					continue;
				}
				if (existing.isPresent()) {
					Jurisdiction node = existing.get();
					if (!java.util.Objects.equals(node.parentCode(), parentCode)) {
						rejected.add(new RejectedRow(row.line(), row.code(), "tree.import.elsewhere",
								node.parentCode() == null ? "-" : node.parentCode()));
						continue;
					}
					if (!node.name().equals(row.name().trim())) {
						database.rename(node.code(), row.name().trim());
						renamed++;
					}
					else {
						unchanged++;
					}
					placed.put(node.code(), node);
					continue;
				}
				JurisdictionLevel level = JurisdictionLevel.parse(row.level())
					.orElseGet(() -> parent.map(p -> p.level().below()).orElse(JurisdictionLevel.COUNTY));
				JurisdictionPath path = parent.map(p -> p.path().child(row.code()))
					.orElseGet(() -> JurisdictionPath.of(row.code()));
				Jurisdiction node = new Jurisdiction(row.code(), row.name().trim(), parentCode, level, path);
				database.insert(node);
				placed.put(node.code(), node);
				created++;
			}
		}
		// Whatever is left waits on a parent that never came: a cycle in the file.
		pending.values()
			.forEach(row -> rejected.add(new RejectedRow(row.line(), row.code(), "tree.import.cycle", row.parentCode())));
		rejected.sort(java.util.Comparator.comparingInt(RejectedRow::line));
		return new TreeImportResult(rows.size(), created, renamed, unchanged, rejected);
	}

	private Optional<RejectedRow> check(TreeRow row) {
		if (row.code() == null || row.code().isBlank()) {
			return Optional.of(new RejectedRow(row.line(), "", "tree.import.codeMissing", ""));
		}
		if (!CODE.matcher(row.code()).matches()) {
			return Optional.of(new RejectedRow(row.line(), row.code(), "tree.import.codeShape", row.code()));
		}
		if (row.name() == null || row.name().isBlank()) {
			return Optional.of(new RejectedRow(row.line(), row.code(), "tree.import.nameMissing", ""));
		}
		if (row.name().trim().length() > 100) {
			return Optional.of(new RejectedRow(row.line(), row.code(), "tree.import.nameLong", "100"));
		}
		String parent = blankToNull(row.parentCode());
		if (parent != null && !CODE.matcher(parent).matches()) {
			return Optional.of(new RejectedRow(row.line(), row.code(), "tree.import.parentShape", parent));
		}
		if (parent != null && parent.equals(row.code())) {
			return Optional.of(new RejectedRow(row.line(), row.code(), "tree.import.cycle", parent));
		}
		if (row.level() != null && !row.level().isBlank() && JurisdictionLevel.parse(row.level()).isEmpty()) {
			return Optional.of(new RejectedRow(row.line(), row.code(), "tree.import.level", row.level()));
		}
		return Optional.empty();
	}

	/** A new top node only for a viewer over the whole deployment; anything else inside the viewer's area. */
	private boolean insideScope(TreeRow row, Optional<Jurisdiction> parent, Optional<Jurisdiction> existing) {
		JurisdictionPath scope = viewer.get().scope();
		if (existing.isPresent()) {
			return scope.contains(existing.get().path());
		}
		return parent.map(p -> scope.contains(p.path().child(row.code()))).orElse(scope.isRoot());
	}

	private static Map<String, Integer> header(TabularFile.Line line) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < line.cells().size(); i++) {
			String key = HEADERS.get(line.cells().get(i).trim().toLowerCase(java.util.Locale.ROOT));
			if (key != null) {
				columns.putIfAbsent(key, i);
			}
		}
		return columns.containsKey("code") && columns.containsKey("name") ? columns : null;
	}

	private static String cell(TabularFile.Line line, Map<String, Integer> columns, String key) {
		Integer index = columns.get(key);
		return index == null ? "" : line.cell(index).trim();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	/** What an import did: nodes created and renamed, and every row refused with its line and reason. */
	public record TreeImportResult(int rows, int created, int renamed, int unchanged, List<RejectedRow> rejected) {

		/**
		 * A refused row; {@code reason} is a message key, {@code argument} what it names (two arguments
		 * are separated by {@link #SEPARATOR}: an argument may be a cell as written, commas and all).
		 *
		 * <p>The code and the argument are cut to {@link #ECHO} characters: they are what the file said,
		 * and each refused row once echoed a whole cell three times (code, argument and message), which
		 * made a 2 MB tree file's answer 482 MB.
		 */
		public record RejectedRow(int line, String code, String reason, String argument) {

			/** Longer than any good code (24) or level name, so that a refused one is still recognisable. */
			public static final int ECHO = 30;

			public static final String SEPARATOR = "\u001F";

			public RejectedRow {
				code = shortened(code);
				argument = shortened(argument);
			}

			private static String shortened(String text) {
				return text == null || text.length() <= ECHO ? text : text.substring(0, ECHO) + "…";
			}

			/** The arguments of the reason's message. */
			public Object[] arguments() {
				return argument == null ? new Object[] { null } : argument.split(SEPARATOR, -1);
			}
		}
	}

	/** One row of a tree to import: where it stood in the file, and its four columns as text. */
	public record TreeRow(int line, String code, String name, String parentCode, String level) {
	}
}
