package org.bastion.jurisdiction;

import java.io.IOException;
import java.io.InputStream;

import org.bastion.jurisdiction.TreeImport.TreeImportResult;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.TabularFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded tree, for the page and the API alike. The server takes files up to 200 MB because
 * pushed lists run to a million rows; a county's tree is a few thousand rows, so a tree file far
 * larger than that is the wrong file, refused by its size before anything reads it.
 */
@Component
class TreeUpload {

	private final TreeImport treeImport;

	private final DataSize maxFileSize;

	TreeUpload(TreeImport treeImport,
			@Value("${bastion.jurisdictions.import.max-file-size:20MB}") DataSize maxFileSize) {
		this.treeImport = treeImport;
		this.maxFileSize = maxFileSize;
	}

	/** The limit as people read it, in whole megabytes. */
	long maxMegabytes() {
		return maxFileSize.toMegabytes();
	}

	/** Imports an uploaded tree, reporting an empty, too large or unreadable file as a bad {@code file} field. */
	TreeImportResult importFile(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException(new FieldViolation("file", "notEmpty", "file.empty"));
		}
		if (file.getSize() > maxFileSize.toBytes()) {
			throw new InvalidInputException(
					new FieldViolation("file", "size", "jurisdiction.import.tooLarge", maxMegabytes()));
		}
		try (InputStream in = file.getInputStream()) {
			return treeImport.importFile(in, fileName(file));
		}
		catch (TabularFile.UnreadableFileException unreadable) {
			throw new InvalidInputException(
					new FieldViolation("file", "readable", unreadable.messageKey(), unreadable.arguments()));
		}
		catch (IOException broken) {
			throw new InvalidInputException(new FieldViolation("file", "readable", "file.notTable"));
		}
	}

	static String fileName(MultipartFile file) {
		String name = file.getOriginalFilename();
		if (name == null || name.isBlank()) {
			return "upload";
		}
		// Only the name goes to the audit log, short and on one line.
		name = name.replaceAll("[\\p{Cntrl}]", " ").strip();
		return name.length() > 100 ? name.substring(0, 100) : name;
	}
}
