package org.bastion.pushedlists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.pushedlists.ListColumns.Field;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.Masking;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Roles;
import org.bastion.shared.Slice;
import org.bastion.shared.TabularFile;
import org.bastion.shared.Viewer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Pushed lists (大数据推送): upload in two steps (store and recognise the columns, then submit with the
 * user's mapping), the import's progress, the rows it refused, completion per area and the result to
 * send back up. A list is seen by viewers whose area it lies in, and by viewers inside its area, who
 * see only their own part of it.
 */
@Service
@Transactional
public class PushedLists {

	static final String LIST = "pushedList";

	/**
	 * Who reads lists as a whole, on the pages and the API alike: the grids verify their own entries through
	 * {@link Verifications} instead, and checkpoint and medical staff have no part in them.
	 */
	public static final String READERS = "hasAnyRole('SYSTEM_ADMIN', 'HQ_STAFF', 'TOWNSHIP_STAFF', 'VILLAGE_CADRE', 'LEADER')";

	/** Who uploads lists: the levels that receive them from above. */
	public static final String UPLOADERS = Roles.AREA_MANAGERS;

	/** Rows shown in the mapping step. */
	public static final int PREVIEW_ROWS = 5;

	private static final int EXPORT_PAGE = 5_000;

	private final PushedListDatabase lists;

	private final ListEntryDatabase entries;

	private final ListTallyDatabase tallies;

	private final ListImportFiles files;

	private final ImportJobs jobs;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final FieldClock clock;

	private final long maxBytes;

	private final ListImportLimits limits;

	private final Verifications verifications;

	private final AccountNames accountNames;

	PushedLists(PushedListDatabase lists, ListEntryDatabase entries, ListTallyDatabase tallies, ListImportFiles files,
			ImportJobs jobs, Jurisdictions jurisdictions, CurrentViewer viewer, AuditTrail audit, ListImportLimits limits,
			FieldClock clock, Verifications verifications, AccountNames accountNames,
			@Value("${bastion.pushed-lists.max-file-size:200MB}") DataSize maxFileSize) {
		this.verifications = verifications;
		this.accountNames = accountNames;
		this.lists = lists;
		this.entries = entries;
		this.tallies = tallies;
		this.files = files;
		this.jobs = jobs;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.audit = audit;
		this.clock = clock;
		this.maxBytes = maxFileSize.toBytes();
		this.limits = limits;
	}

	/** An upload on disk with what was recognised in it, waiting to be submitted. */
	public record StagedUpload(String token, String fileName, HeaderRecognition.Result header,
			List<TabularFile.Line> preview) {

		/** The number of columns the mapping step offers a choice for. */
		public int width() {
			int width = header.headerCells().size();
			for (TabularFile.Line line : preview) {
				width = Math.max(width, line.cells().size());
			}
			return width;
		}

		/** The field recognised for a column, or null. */
		public Field fieldOf(int column) {
			return header.columns().indexes().entrySet().stream().filter(e -> e.getValue() == column)
				.map(Map.Entry::getKey).findFirst().orElse(null);
		}
	}

	public long maxBytes() {
		return maxBytes;
	}

	/**
	 * Stores an upload and reads its first rows to find the header.
	 *
	 * @throws InvalidInputException naming the {@code file} when it is empty, too large, not a table, an
	 * old .xls or holds nothing but blanks
	 */
	@PreAuthorize(UPLOADERS)
	@Transactional(readOnly = true)
	public StagedUpload stage(InputStream in, String fileName) {
		return recognise(files.store(in, maxBytes), fileName);
	}

	/** An upload staged earlier, for the mapping step's second submission. */
	@PreAuthorize(UPLOADERS)
	@Transactional(readOnly = true)
	public StagedUpload staged(String token, String fileName) {
		files.path(token);
		return recognise(token, fileName);
	}

	private StagedUpload recognise(String token, String fileName) {
		try {
			List<TabularFile.Line> top;
			try (InputStream stored = files.open(token)) {
				top = TabularFile.head(stored, limits.reading(), HeaderRecognition.SEARCH_ROWS + PREVIEW_ROWS);
			}
			HeaderRecognition.Result header = HeaderRecognition.recognise(top);
			if (header == null) {
				throw new TabularFile.UnreadableFileException("file.empty");
			}
			List<TabularFile.Line> preview = top.stream()
				.filter(line -> line.number() > header.headerLine() && !line.blank())
				.limit(PREVIEW_ROWS)
				.toList();
			return new StagedUpload(token, fileName, header, preview);
		}
		catch (TabularFile.UnreadableFileException unreadable) {
			files.delete(token);
			throw new InvalidInputException(
					new FieldViolation("file", "readable", unreadable.messageKey(), unreadable.arguments()));
		}
		catch (IOException ex) {
			files.delete(token);
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Creates the list from a staged upload and queues its import.
	 *
	 * @param mapping column index to field name or {@link ListColumns#IGNORE}, applied over the recognised header
	 * @throws InvalidInputException when the columns still lack a name, or an ID number or phone
	 */
	@PreAuthorize(UPLOADERS)
	public PushedListView submit(StagedUpload upload, PushedListRequest request, Map<Integer, String> mapping) {
		Jurisdiction area = area(request.jurisdictionCode());
		List<FieldViolation> violations = new ArrayList<>();
		if (request.name() == null || request.name().isBlank() || request.name().strip().length() > 100) {
			violations.add(new FieldViolation("name", "size", "pushedList.name.required"));
		}
		if (request.deadline() == null) {
			violations.add(new FieldViolation("deadline", "required", "pushedList.deadline.required"));
		}
		else if (request.deadline().isBefore(clock.today())) {
			violations.add(new FieldViolation("deadline", "notPast", "pushedList.deadline.past"));
		}
		ListColumns columns = upload.header().columns().with(mapping == null ? Map.of() : mapping);
		violations.addAll(columns.missing());
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		Viewer who = viewer.get();
		files.path(upload.token());
		long id = lists.insert(request.name().strip(), request.deadline(), shorten(upload.fileName(), 100),
				upload.token(), columns.asText(), upload.header().headerLine(),
				headerCells(upload.header().headerCells()), area.code(), area.path(),
				who.userId(), who.username());
		audit.record(AuditAction.IMPORT, target(id), upload.fileName());
		jobs.submit(id, request.keepGoodRows());
		return view(load(id));
	}

	/** Removes a staged upload that will not be submitted. */
	public void discard(StagedUpload upload) {
		files.delete(upload.token());
	}

	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public PushedListView find(long id) {
		return view(load(id));
	}

	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public List<PushedListView> recent(int limit) {
		List<PushedListDatabase.ListRow> rows = lists.visible(viewer.get().scope(), Math.clamp(limit, 1, 100));
		UnaryOperator<String> named = accountNames
			.namer(rows.stream().map(PushedListDatabase.ListRow::uploadedByName).toList());
		return rows.stream().map(row -> view(row, Map.of(), null, named)).toList();
	}

	/** Entries, verified and overdue under an area of the list (its own by default), and per child area. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public PushedListProgress progress(long id, String jurisdictionCode) {
		PushedListDatabase.ListRow list = load(id);
		Jurisdiction under = jurisdictionCode == null || jurisdictionCode.isBlank() ? defaultArea(list)
				: jurisdictions.visible(jurisdictionCode.strip());
		Map<String, PushedListProgress.Counts> byChild = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		byChild.put(under.code(), new PushedListProgress.Counts(0, 0, 0));
		names.put(under.code(), under.name());
		for (Jurisdiction child : jurisdictions.children(under.code())) {
			byChild.put(child.code(), new PushedListProgress.Counts(0, 0, 0));
			names.put(child.code(), child.name());
		}
		PushedListProgress.Counts total = new PushedListProgress.Counts(0, 0, 0);
		int depth = under.path().depth();
		// Every entry carries the list's deadline: past it, whatever is still open is overdue.
		boolean pastDeadline = list.deadline().isBefore(today());
		for (ListTallyDatabase.Tally count : tallies.byPath(id, under.path().likePattern())) {
			List<String> codes = new JurisdictionPath(count.path()).codes();
			String child = codes.size() > depth ? codes.get(depth) : under.code();
			long overdue = pastDeadline ? count.open() : 0;
			byChild.merge(child, new PushedListProgress.Counts(count.entries(), count.verifiedTotal(), overdue),
					(a, b) -> a.plus(b.entries(), b.verified(), b.overdue()));
			total = total.plus(count.entries(), count.verifiedTotal(), overdue);
		}
		List<PushedListProgress.Area> areas = new ArrayList<>();
		byChild.forEach((code, counts) -> {
			if (counts.entries() > 0) {
				areas.add(new PushedListProgress.Area(code, names.getOrDefault(code, code), counts));
			}
		});
		return new PushedListProgress(id, under.code(), total, areas);
	}

	/** Entries of a page when the caller names no limit, and the most a caller may ask for at once. */
	static final int ENTRIES_PAGE = 100;

	static final int ENTRIES_MAX = 500;

	/**
	 * One page of the list's entries inside the viewer's area, by id, the cursor the last id of the page
	 * before; audited as a view of personal data.
	 */
	@PreAuthorize(READERS)
	public Slice<ListEntryView> entries(long id, String cursor, Integer limit) {
		PageRequest page = PageRequest.of(cursor, limit, ENTRIES_PAGE, ENTRIES_MAX, "pushedList.cursor.shape");
		PushedListDatabase.ListRow list = load(id);
		long afterId = page.after() == null ? 0 : page.after();
		List<ListEntryView> fetched = verifications.views(entries.ofList(id, viewer.scopePattern(), afterId, page.fetch()),
				Verifications.LISTED);
		audit.record(AuditAction.VIEW, target(list.id()), "entries after " + afterId);
		return page.slice(fetched, ListEntryView::id);
	}

	/**
	 * The list for its error file, before the file is started: refused rows belong to no area (they were
	 * never dispatched), so only a viewer whose area holds the whole list reads them.
	 */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public PushedListView withRefusedRows(long id) {
		return view(wholeListOnly(load(id)));
	}

	/** The refused rows, in line order, for the error file; audited as an export. */
	@PreAuthorize(READERS)
	public PushedListView refusedRows(long id, Consumer<PushedListRows.Refusal> each) {
		PushedListDatabase.ListRow list = wholeListOnly(load(id));
		Masker masker = new Masker(list, viewer.get().masked());
		lists.forEachRejected(id, row -> each.accept(new PushedListRows.Refusal(row.line(), masker.mask(row.cells()),
				row.field(), row.reason(), row.argument())));
		audit.record(AuditAction.EXPORT, target(id), "errors");
		return view(list);
	}

	/**
	 * The list's entries inside the viewer's area with what the grids found, read page by page as the
	 * file is written; audited as an export.
	 */
	@PreAuthorize(READERS)
	public Iterable<PushedListRows.Result> results(long id) {
		PushedListDatabase.ListRow list = load(id);
		String scope = viewer.scopePattern();
		Masker masker = new Masker(list, viewer.get().masked());
		ListEntryCells cells = new ListEntryCells(ListColumns.parse(list.columnMap()));
		audit.record(AuditAction.EXPORT, target(id), "result");
		return () -> new Iterator<>() {

			private List<ListEntryDatabase.EntryRow> page = entries.ofList(id, scope, 0, EXPORT_PAGE);

			/** The verifiers of the current page by name, looked up once per page. */
			private UnaryOperator<String> verifiers = verifiersOf(page);

			private int next;

			@Override
			public boolean hasNext() {
				if (next == page.size() && page.size() == EXPORT_PAGE) {
					page = entries.ofList(id, scope, page.getLast().id(), EXPORT_PAGE);
					verifiers = verifiersOf(page);
					next = 0;
				}
				return next < page.size();
			}

			@Override
			public PushedListRows.Result next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				ListEntryDatabase.EntryRow row = page.get(next++);
				return new PushedListRows.Result(masker.mask(cells.unpack(row.cells(), ListEntryCells.Kept.of(row))),
						row.jurisdictionCode(), row.outcome(), row.route(), row.note(),
						verifiers.apply(row.verifiedByName()), row.verifiedAt());
			}
		};
	}

	private UnaryOperator<String> verifiersOf(List<ListEntryDatabase.EntryRow> rows) {
		return accountNames.namer(rows.stream().map(ListEntryDatabase.EntryRow::verifiedByName).toList());
	}

	/** Hides the ID number and phone columns of rows as sent, for viewers who read them masked. */
	private static final class Masker {

		private final int idColumn;

		private final int phoneColumn;

		private final boolean masked;

		Masker(PushedListDatabase.ListRow list, boolean masked) {
			ListColumns columns = ListColumns.parse(list.columnMap());
			this.idColumn = columns.index(Field.ID_NUMBER).orElse(-1);
			this.phoneColumn = columns.index(Field.PHONE).orElse(-1);
			this.masked = masked;
		}

		List<String> mask(List<String> cells) {
			if (!masked) {
				return cells;
			}
			List<String> copy = new ArrayList<>(cells);
			if (idColumn >= 0 && idColumn < copy.size()) {
				copy.set(idColumn, Masking.idNumber(copy.get(idColumn)));
			}
			if (phoneColumn >= 0 && phoneColumn < copy.size()) {
				copy.set(phoneColumn, Masking.phone(copy.get(phoneColumn)));
			}
			return copy;
		}
	}

	PushedListDatabase.ListRow load(long id) {
		PushedListDatabase.ListRow list = lists.find(id).orElseThrow(() -> new NotFoundException(LIST));
		JurisdictionPath scope = viewer.get().scope();
		if (!scope.contains(list.jurisdictionPath()) && !list.jurisdictionPath().contains(scope)) {
			throw new NotFoundException(LIST);
		}
		return list;
	}

	private PushedListDatabase.ListRow wholeListOnly(PushedListDatabase.ListRow list) {
		if (!viewer.get().scope().contains(list.jurisdictionPath())) {
			throw new ForbiddenException("pushedList.errors.wholeListOnly");
		}
		return list;
	}

	/** The list's area, or the viewer's own part of it when they sit inside it. */
	private Jurisdiction defaultArea(PushedListDatabase.ListRow list) {
		JurisdictionPath scope = viewer.get().scope();
		String code = scope.contains(list.jurisdictionPath()) ? list.jurisdictionCode() : scope.leafCode();
		return jurisdictions.visible(code);
	}

	private Jurisdiction area(String code) {
		if (code != null && !code.isBlank()) {
			Jurisdiction area = jurisdictions.find(code.strip())
				.orElseThrow(() -> new InvalidInputException(
						new FieldViolation("jurisdictionCode", "exists", "pushedList.jurisdiction.unknown")));
			viewer.requireWritable(area.path());
			return area;
		}
		JurisdictionPath scope = viewer.get().scope();
		if (viewer.get().readOnly()) {
			viewer.requireWritable(scope);
		}
		if (!scope.isRoot()) {
			return jurisdictions.visible(scope.leafCode());
		}
		List<Jurisdiction> tops = jurisdictions.tops();
		if (tops.size() != 1) {
			throw new InvalidInputException(
					new FieldViolation("jurisdictionCode", "required", "pushedList.jurisdiction.required"));
		}
		return tops.getFirst();
	}

	private PushedListView view(PushedListDatabase.ListRow row) {
		Map<String, Long> outcomes = new LinkedHashMap<>();
		Long entries = null;
		if (row.status() == PushedListStatus.DONE) {
			ListTallyDatabase.Tally tally = tallies.total(row.id(), viewer.scopePattern());
			outcomes.put("OPEN", tally.open());
			tally.verified().forEach((outcome, count) -> outcomes.put(outcome.name(), count));
			entries = tally.entries();
		}
		return view(row, outcomes, entries, accountNames.namer(row.uploadedByName()));
	}

	/** The file's counts are of the whole list: a viewer inside its area gets the figures of their own part only. */
	/** @param named each login's display name, looked up for the answer's lists at once */
	private PushedListView view(PushedListDatabase.ListRow row, Map<String, Long> outcomes, Long areaEntries,
			UnaryOperator<String> named) {
		boolean whole = viewer.get().scope().contains(row.jurisdictionPath());
		return new PushedListView(row.id(), row.name(), row.deadline(), row.fileName(), row.status(), row.failure(),
				row.failureArgument(), whole ? row.rows() : null, whole ? row.accepted() : null,
				whole ? row.rejected() : null, whole ? row.matched() : null, whole ? row.dispatched() : null,
				row.progress(), row.jurisdictionCode(), row.uploadedByName(), named.apply(row.uploadedByName()),
				row.createdAt(), row.finishedAt(),
				Collections.unmodifiableMap(new LinkedHashMap<>(outcomes)), ListImportPolicy.split(row.headerCells()),
				whole, areaEntries);
	}

	private LocalDate today() {
		return clock.today();
	}

	static String target(long id) {
		return LIST + ":" + id;
	}

	/**
	 * The header as stored: joined by the cell separator, which {@link #shorten} would turn into spaces
	 * and so make one column of all (the result file then gave back only the first).
	 */
	private static String headerCells(List<String> cells) {
		String joined = ListImportPolicy.join(cells);
		return joined.length() > ListImportPolicy.MAX_ROW ? joined.substring(0, ListImportPolicy.MAX_ROW) : joined;
	}

	private static String shorten(String text, int max) {
		String value = text == null || text.isBlank() ? "upload" : text.replaceAll("\\p{Cntrl}", " ").strip();
		return value.length() > max ? value.substring(0, max) : value;
	}
}
