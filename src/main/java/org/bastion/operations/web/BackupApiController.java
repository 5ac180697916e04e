package org.bastion.operations.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.bastion.operations.Backups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Operations")
class BackupApiController {

	private final Backups backups;

	BackupApiController(Backups backups) {
		this.backups = backups;
	}

	@PostMapping("/api/v1/admin/backup")
	@Operation(summary = "An online backup of the embedded database, as a zip to unpack into an empty data folder")
	void backup(HttpServletResponse response) throws IOException {
		Path file = backups.write();
		try {
			response.setContentType("application/zip");
			response.setContentLengthLong(Files.size(file));
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(backups.fileName(), StandardCharsets.UTF_8).build().toString());
			Files.copy(file, response.getOutputStream());
		}
		finally {
			// The copy sent is the operator's; one left on the server would be personal data nobody looks after.
			Files.deleteIfExists(file);
		}
	}
}
