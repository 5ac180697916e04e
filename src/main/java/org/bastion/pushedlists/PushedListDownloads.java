package org.bastion.pushedlists;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVPrinter;
import org.bastion.shared.ExcelCsv;
import org.bastion.shared.FieldClock;
import org.bastion.shared.LedgerWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** The error file and the result of a list, as the API and the pages hand them out. */
@Component
class PushedListDownloads {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final PushedLists lists;

	private final MessageSource messages;

	private final FieldClock clock;

	PushedListDownloads(PushedLists lists, MessageSource messages, FieldClock clock) {
		this.lists = lists;
		this.messages = messages;
		this.clock = clock;
	}

	/** Line, reason in the reader's language, then the row's cells under the sender's headers. */
	void errors(long id, boolean xlsx, HttpServletResponse response, Locale locale) throws IOException {
		PushedListView list = lists.withRefusedRows(id);
		List<String> columns = new ArrayList<>();
		columns.add(text("pushedList.errors.line", locale));
		columns.add(text("pushedList.errors.reason", locale));
		columns.addAll(list.headerCells());
		String fileName = text("pushedList.errors.fileName", locale, list.name());
		if (xlsx) {
			List<List<?>> rows = new ArrayList<>();
			lists.refusedRows(id, row -> rows.add(errorRow(row, locale)));
			attach(response, XLSX, fileName + ".xlsx");
			LedgerWorkbook.write(response.getOutputStream(), text("pushedList.errors.sheet", locale),
					heading(list, fileName, locale), columns, rows);
			return;
		}
		attach(response, "text/csv;charset=UTF-8", fileName + ".csv");
		try (CSVPrinter csv = ExcelCsv.open(response.getOutputStream())) {
			csv.printRecord(columns.stream().map(ExcelCsv::cell).toList());
			lists.refusedRows(id, row -> {
				try {
					csv.printRecord(errorRow(row, locale).stream().map(ExcelCsv::cell).toList());
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
	}

	/** The sender's columns, then what the grids found: the ledger to send back up. */
	void result(long id, HttpServletResponse response, Locale locale) throws IOException {
		PushedListView list = lists.find(id);
		Iterable<PushedListRows.Result> results = lists.results(id);
		List<String> columns = new ArrayList<>(list.headerCells());
		for (String key : List.of("pushedList.result.area", "pushedList.result.outcome", "pushedList.result.route",
				"pushedList.result.note", "pushedList.result.verifiedBy", "pushedList.result.verifiedAt")) {
			columns.add(text(key, locale));
		}
		int width = list.headerCells().size();
		String fileName = text("pushedList.result.fileName", locale, list.name());
		attach(response, XLSX, fileName + ".xlsx");
		OutputStream out = response.getOutputStream();
		LedgerWorkbook.write(out, text("pushedList.result.sheet", locale), heading(list, fileName, locale), columns,
				() -> new java.util.Iterator<List<?>>() {

					private final java.util.Iterator<PushedListRows.Result> rows = results.iterator();

					@Override
					public boolean hasNext() {
						return rows.hasNext();
					}

					@Override
					public List<?> next() {
						PushedListRows.Result r = rows.next();
						List<Object> row = new ArrayList<>(r.cells().subList(0, Math.min(width, r.cells().size())));
						while (row.size() < width) {
							row.add("");
						}
						row.add(r.jurisdictionCode());
						row.add(r.outcome() == null ? text("pushedList.outcome.OPEN", locale)
								: text("pushedList.outcome." + r.outcome().name(), locale));
						row.add(r.route() == null ? "" : text("pushedList.route." + r.route().name(), locale));
						row.add(r.note());
						row.add(r.verifiedByName());
						row.add(clock.local(r.verifiedAt()));
						return row;
					}
				});
	}

	private List<Object> errorRow(PushedListRows.Refusal row, Locale locale) {
		List<Object> cells = new ArrayList<>();
		cells.add(row.line());
		cells.add(messages.getMessage(row.reason(), arguments(row.argument()), row.reason(), locale));
		cells.addAll(row.cells());
		return cells;
	}

	/** A refused row's argument, or its arguments when it names more than one (a column and a limit). */
	private static Object[] arguments(String argument) {
		return argument == null ? new Object[] { null } : argument.split(",", -1);
	}

	private LedgerWorkbook.Heading heading(PushedListView list, String title, Locale locale) {
		return new LedgerWorkbook.Heading(title, text("pushedList.ledger.unit", locale), list.jurisdictionCode(),
				text("pushedList.ledger.date", locale), clock.today().toString(),
				text("pushedList.ledger.person", locale), list.uploadedBy());
	}

	private static void attach(HttpServletResponse response, String type, String fileName) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}
}
