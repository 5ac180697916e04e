package org.bastion.reporting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bastion.reporting.Dhis2DataValueSets.DataValueSet;
import org.bastion.reporting.Dhis2DataValueSets.Export;
import org.bastion.reporting.Dhis2Mappings.Dhis2MappingAnswer;
import org.bastion.reporting.ReportExports.Format;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The daily report's exports, for the API and for the export page's button (the same answer under a page
 * path, which a session may open), and the DHIS2 mapping HQ edits.
 */
@RestController
@Tag(name = "Daily reports")
class ReportExportController {

	/** Names the report's figures that a DHIS2 export leaves out for want of a data element, comma-separated. */
	static final String UNMAPPED_HEADER = "Bastion-Unmapped-Figures";

	private final ReportExports exports;

	private final ReportExportWorkbook workbook;

	private final Dhis2Mappings mappings;

	ReportExportController(ReportExports exports, ReportExportWorkbook workbook, Dhis2Mappings mappings) {
		this.exports = exports;
		this.workbook = workbook;
		this.mappings = mappings;
	}

	@GetMapping({ "/api/v1/reports/export", "/reports/export/download" })
	@Operation(summary = "A place's daily report as xlsx in the government layout, or as a DHIS2 data value set",
			description = """
					format=xlsx (the default): the title (<place>疫情防控日报表), the unit, the date and the window, the figures \
					under their sections with a row per child area and the 合计 row equal to the totals, the manual fields, the \
					signature lines (负责人、填报人、联系电话、审核人) and the time of export.

					format=dhis2: DHIS2's dataValueSets import body, period yyyyMMdd, one value per mapped figure for each \
					child area and for the records kept at the place itself (never the place's totals beside them: DHIS2 sums \
					children into their parent). orgUnit is the area's code unless the mapping names another: import with \
					POST /api/dataValueSets?orgUnitIdScheme=CODE. Zeros are kept as "0"; DHIS2 stores them only for data \
					elements marked "zero is significant". Figures without a data element are left out and named in the \
					Bastion-Unmapped-Figures header.

					A date in the future is refused, a place outside the viewer's area is not found. Audited as EXPORT.""")
	@ApiResponse(responseCode = "200", description = "The report file",
			headers = @Header(name = UNMAPPED_HEADER, description = "format=dhis2: the figures left out, comma-separated"),
			content = { @Content(mediaType = ReportExportWorkbook.CONTENT_TYPE,
					schema = @Schema(type = "string", format = "binary")),
					@Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = DataValueSet.class)) })
	ResponseEntity<?> export(@RequestParam(required = false) String jurisdiction,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Parameter(schema = @Schema(allowableValues = { "xlsx", "dhis2" }, defaultValue = "xlsx"))
			@RequestParam(required = false) String format,
			@AuthenticationPrincipal(expression = "displayName") String displayName, Locale locale) {
		if (Format.parse(format) == Format.DHIS2) {
			Export export = exports.forDhis2(jurisdiction, date);
			DataValueSet set = export.dataValueSet();
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CONTENT_DISPOSITION, attachment(set.orgUnit() + "_" + set.period() + "_dhis2.json"))
				.header(UNMAPPED_HEADER, String.join(",", export.unmappedFigures()))
				.body(set);
		}
		Rollup rollup = exports.forWorkbook(jurisdiction, date);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(rollup, locale, displayName, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(ReportExportWorkbook.CONTENT_TYPE))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(workbook.fileName(rollup, locale)))
			.body(out.toByteArray());
	}

	@GetMapping("/api/v1/reports/dhis2-mapping")
	@Operation(summary = "The mapping of the report's figures to DHIS2 data elements, and the figures left unmapped")
	Dhis2MappingAnswer mapping() {
		return mappings.answer();
	}

	@PutMapping("/api/v1/reports/dhis2-mapping")
	@Operation(summary = "Replace the DHIS2 mapping (HQ)", description = """
			dataSet and each data element are DHIS2 uids, 11 characters [A-Za-z][A-Za-z0-9]{10}; a figure left out or \
			blank is unmapped. orgUnits names the DHIS2 org unit code of an area whose code there differs.""")
	Dhis2MappingAnswer replaceMapping(@RequestBody Dhis2Mapping body) {
		return mappings.replace(body);
	}

	private static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
	}
}
