package org.bastion.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.ConflictException;
import org.bastion.shared.FieldClock;
import org.bastion.shared.ForbiddenException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Online backups of the embedded database: H2's {@code BACKUP TO} copies a consistent state of
 * the open file into a zip while Bastion goes on serving, which copying the folder cannot do.
 * The zip holds {@code bastion.mv.db}: unpacked into an empty data folder it is the database again.
 * A backup holds every person and account, so only a system administrator whose area holds the
 * whole tree may take one; PostgreSQL is backed up with its own {@code pg_dump}.
 */
@Service
public class Backups {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final JdbcClient jdbc;

	private final Jurisdictions jurisdictions;

	private final AuditTrail audit;

	private final String url;

	private final Path folder;

	private final FieldClock clock;

	Backups(JdbcClient jdbc, Jurisdictions jurisdictions, AuditTrail audit, @Value("${spring.datasource.url}") String url,
			@Value("${bastion.data-dir:./data}") Path dataDir, FieldClock clock) {
		this.jdbc = jdbc;
		this.jurisdictions = jurisdictions;
		this.audit = audit;
		this.url = url;
		this.folder = dataDir.toAbsolutePath().normalize().resolve("backups");
		this.clock = clock;
	}

	/** A backup file's name in the operator's local time, e.g. {@code bastion-20200123-0800.zip}. */
	public String fileName() {
		return "bastion-" + clock.dateTime().format(STAMP) + ".zip";
	}

	/**
	 * Writes a backup into a new file under the data folder and returns it; the caller sends it on
	 * and deletes it. Audited as an export of everything.
	 */
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	public Path write() {
		if (!url.startsWith("jdbc:h2:") || url.startsWith("jdbc:h2:mem:")) {
			throw new ConflictException("backup.notEmbedded", null);
		}
		if (!jurisdictions.viewerHoldsEverything()) {
			throw new ForbiddenException("backup.wholeTree");
		}
		Path file = folder.resolve("backup-" + UUID.randomUUID() + ".zip");
		try {
			Files.createDirectories(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		// Recorded first, so that the backup holds the entry of its own making.
		audit.record(AuditAction.EXPORT, "backup", "database");
		jdbc.sql("BACKUP TO '" + file.toString().replace("'", "''") + "'").update();
		return file;
	}
}
