package org.bastion.pushedlists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Uploaded lists on disk, under {@code ${bastion.data-dir}/uploads/pushed-lists}, named by a random
 * token: the request that brings a file returns at once and the job reads it later, and a file the user
 * has still to map waits there between the two steps of the page.
 */
@Component
class ListImportFiles {

	private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	/** An upload nobody submitted is kept this long, then removed when the next one arrives. */
	private static final Duration ABANDONED = Duration.ofDays(1);

	private final Path folder;

	ListImportFiles(@Value("${bastion.data-dir}") Path dataDir) {
		this.folder = dataDir.resolve("uploads").resolve("pushed-lists");
	}

	/** Copies the upload to disk; never more than {@code maxBytes}. */
	String store(InputStream in, long maxBytes) {
		try {
			Files.createDirectories(folder);
			removeAbandoned();
			String token = UUID.randomUUID().toString();
			Path target = folder.resolve(token);
			Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
			if (Files.size(target) > maxBytes) {
				Files.deleteIfExists(target);
				throw new InvalidInputException(new FieldViolation("file", "size", "pushedList.file.tooLarge",
						maxBytes / (1024 * 1024)));
			}
			return token;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The stored file of a token, refusing anything that is not one (a path, a guess). */
	Path path(String token) {
		if (token == null || !TOKEN.matcher(token).matches() || !Files.isRegularFile(folder.resolve(token))) {
			throw new InvalidInputException(new FieldViolation("token", "exists", "pushedList.token.unknown"));
		}
		return folder.resolve(token);
	}

	InputStream open(String token) {
		try {
			return Files.newInputStream(path(token));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	long size(String token) {
		try {
			return Files.size(path(token));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void delete(String token) {
		if (token != null && TOKEN.matcher(token).matches()) {
			try {
				Files.deleteIfExists(folder.resolve(token));
			}
			catch (IOException ignored) {
				// A file left behind is removed with the abandoned ones.
			}
		}
	}

	private void removeAbandoned() throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			removeOlderThan(files.toList(), Instant.now().minus(ABANDONED));
		}
	}

	/**
	 * A file listed may be gone by the time it is looked at: another upload refused at the same moment
	 * deletes its own, and that is no reason to refuse this one.
	 */
	static void removeOlderThan(Iterable<Path> files, Instant before) throws IOException {
		for (Path file : files) {
			try {
				if (Files.getLastModifiedTime(file).toInstant().isBefore(before)) {
					Files.deleteIfExists(file);
				}
			}
			catch (NoSuchFileException gone) {
				// Removed by another request between the listing and now.
			}
		}
	}
}
