package org.bastion.arrivals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVPrinter;
import org.bastion.people.PersonView;
import org.bastion.shared.ExcelCsv;
import org.bastion.shared.FieldClock;
import org.bastion.shared.LedgerWorkbook;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The arrivals ledger (台账) as xlsx, headed with title, unit, dates and the person in charge, and as
 * CSV for other tools. The same downloads serve the API and the buttons on the arrivals page.
 */
@RestController
@Tag(name = "Arrivals")
class LedgerController {

	private static final List<String> COLUMNS = List.of("index", "name", "sex", "idNumber", "phone", "origin",
			"arrivalDate", "transport", "plateOrNumber", "address", "area", "riskLevel", "measure", "temperature",
			"registeredBy", "registeredAt");

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final ArrivalLedger ledger;

	private final MessageSource messages;

	private final FieldClock clock;

	LedgerController(ArrivalLedger ledger, MessageSource messages, FieldClock clock) {
		this.ledger = ledger;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping({ "/api/v1/arrivals/ledger.xlsx", "/arrivals/ledger.xlsx" })
	@Operation(summary = "The arrivals ledger as xlsx", description = "Dates default to the last 28 days; audited as EXPORT.")
	void xlsx(@ParameterObject ArrivalPeriod period,
			@AuthenticationPrincipal(expression = "displayName") String displayName, HttpServletResponse response,
			Locale locale) throws IOException {
		ArrivalLedger.Scope scope = ledger.scope(period.jurisdiction(), period.from(), period.to());
		String title = text(locale, "ledger.title", scope.areaName() == null ? "" : scope.areaName());
		start(response, XLSX, title + ".xlsx");
		long[] count = { 0 };
		Iterable<List<?>> rows = () -> new java.util.Iterator<>() {

			private final java.util.Iterator<ArrivalListItem> items = ledger.rows(scope).iterator();

			@Override
			public boolean hasNext() {
				return items.hasNext();
			}

			@Override
			public List<?> next() {
				return cells(items.next(), ++count[0], locale);
			}
		};
		try (OutputStream out = response.getOutputStream()) {
			LedgerWorkbook.write(out, title, new LedgerWorkbook.Heading(title, text(locale, "ledger.unit"),
					scope.areaName(), text(locale, "ledger.dates"), scope.from() + " ~ " + scope.to(),
					text(locale, "ledger.person"), displayName), headers(locale), rows);
		}
		ledger.exported(scope, "xlsx", count[0]);
	}

	@GetMapping({ "/api/v1/arrivals/ledger.csv", "/arrivals/ledger.csv" })
	@Operation(summary = "The arrivals ledger as CSV (UTF-8 with BOM, for Excel)", description = "Audited as EXPORT.")
	void csv(@ParameterObject ArrivalPeriod period, HttpServletResponse response, Locale locale) throws IOException {
		ArrivalLedger.Scope scope = ledger.scope(period.jurisdiction(), period.from(), period.to());
		String title = text(locale, "ledger.title", scope.areaName() == null ? "" : scope.areaName());
		start(response, "text/csv;charset=UTF-8", title + ".csv");
		long count = 0;
		try (CSVPrinter printer = ExcelCsv.open(response.getOutputStream())) {
			printer.printRecord(headers(locale));
			for (ArrivalListItem item : ledger.rows(scope)) {
				List<Object> cells = new ArrayList<>();
				for (Object cell : cells(item, ++count, locale)) {
					cells.add(ExcelCsv.cell(cell));
				}
				printer.printRecord(cells);
			}
		}
		ledger.exported(scope, "csv", count);
	}

	private List<String> headers(Locale locale) {
		return COLUMNS.stream().map(column -> text(locale, "ledger.column." + column)).toList();
	}

	private List<Object> cells(ArrivalListItem item, long index, Locale locale) {
		Arrival a = item.arrival();
		PersonView p = item.person();
		List<Object> cells = new ArrayList<>();
		cells.add(index);
		cells.add(p == null ? null : p.name());
		cells.add(p == null || p.sex() == null ? null : text(locale, "person.sex." + p.sex()));
		cells.add(p == null ? null : p.idNumber());
		cells.add(p == null ? null : p.phone());
		cells.add(join(item.originName(), a.originAddress()));
		cells.add(a.arrivalDate());
		cells.add(text(locale, "arrival.transport." + a.transportMode()));
		cells.add(a.plate() != null ? a.plate() : a.transportNumber());
		cells.add(p == null ? null : p.address());
		cells.add(item.placeName());
		cells.add(text(locale, "risk.level." + a.riskLevel()));
		cells.add(text(locale, "measure." + a.recommendedMeasure()));
		cells.add(a.temperature());
		cells.add(item.registeredByName());
		cells.add(clock.local(a.registeredAt()));
		return cells;
	}

	private static String join(String origin, String address) {
		if (origin == null) {
			return address;
		}
		return address == null ? origin : origin + " " + address;
	}

	private static void start(HttpServletResponse response, String type, String filename) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
	}

	private String text(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
