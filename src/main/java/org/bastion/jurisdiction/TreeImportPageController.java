package org.bastion.jurisdiction;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.commons.csv.CSVPrinter;
import org.bastion.shared.ExcelCsv;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.Roles;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading a tree and reading what became of it. The last result stays in the session, so that its
 * refused rows can be downloaded as a CSV staff open in Excel, fix and upload again.
 */
@Controller
@PreAuthorize(Roles.HQ)
class TreeImportPageController {

	static final String LAST = TreeImportPageController.class.getName() + ".last";

	private static final String PAGE = "jurisdictions/import";

	private final TreeUpload treeUpload;

	private final MessageSource messages;

	TreeImportPageController(TreeUpload treeUpload, MessageSource messages) {
		this.treeUpload = treeUpload;
		this.messages = messages;
	}

	@ModelAttribute("maxMegabytes")
	long maxMegabytes() {
		return treeUpload.maxMegabytes();
	}

	/**
	 * What the session keeps of the last import: the answer as the API gives it, and every refused row
	 * for the CSV (the import stops past bastion.jurisdictions.import.max-rejected-rows, so they are few).
	 */
	record LastImport(String fileName, ImportResponse result, List<ImportResponse.Refusal> allRejected)
			implements Serializable {
	}

	@GetMapping("/jurisdictions/import")
	String form(HttpSession session, Model model) {
		if (session.getAttribute(LAST) instanceof LastImport last) {
			model.addAttribute("last", last);
		}
		return PAGE;
	}

	@PostMapping("/jurisdictions/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpSession session, Model model,
			Locale locale) {
		try {
			var result = treeUpload.importFile(file);
			LastImport last = new LastImport(TreeUpload.fileName(file), ImportResponse.of(result, messages, locale),
					ImportResponse.rejected(result, messages, locale, Integer.MAX_VALUE));
			session.setAttribute(LAST, last);
			model.addAttribute("last", last);
		}
		catch (InvalidInputException refused) {
			var violation = refused.violations().getFirst();
			model.addAttribute("fileError",
					messages.getMessage(violation.messageKey(), violation.arguments(), violation.messageKey(), locale));
		}
		return PAGE;
	}

	@GetMapping("/jurisdictions/import/rejected.csv")
	String rejectedRows(HttpSession session, HttpServletResponse response, Locale locale) throws IOException {
		if (!(session.getAttribute(LAST) instanceof LastImport last)) {
			return "redirect:/jurisdictions/import";
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(text("jurisdiction.import.errorFile", locale) + ".csv",
						StandardCharsets.UTF_8).build().toString());
		try (CSVPrinter csv = ExcelCsv.open(response.getOutputStream())) {
			csv.printRecord(text("jurisdiction.import.line", locale), text("jurisdiction.field.code", locale),
					text("jurisdiction.import.reason", locale));
			for (ImportResponse.Refusal row : last.allRejected()) {
				csv.printRecord(row.line(), ExcelCsv.cell(row.code()), ExcelCsv.cell(row.message()));
			}
		}
		return null;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
