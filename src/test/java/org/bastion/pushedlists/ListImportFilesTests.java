package org.bastion.pushedlists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The folder of uploads: abandoned files are removed as the next upload arrives, and a file that another
 * request removed in the meantime (three zip bombs refused at once each delete their own) does not fail
 * the upload that was clearing the folder.
 */
class ListImportFilesTests {

	@TempDir
	Path dataDir;

	@Test
	void aFileGoneBetweenTheListingAndTheLookIsPassedOver() throws IOException {
		Path folder = Files.createDirectories(dataDir.resolve("uploads"));
		Path old = Files.writeString(folder.resolve("old"), "姓名\n");
		Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
		Path kept = Files.writeString(folder.resolve("kept"), "姓名\n");
		Path gone = folder.resolve("gone");

		ListImportFiles.removeOlderThan(List.of(gone, old, kept), Instant.now().minus(Duration.ofDays(1)));

		assertThat(old).doesNotExist();
		assertThat(kept).exists();
	}

	@Test
	void aStoredUploadIsFoundByItsTokenAndAnAbandonedOneIsRemovedByTheNext() throws IOException {
		ListImportFiles files = new ListImportFiles(dataDir);
		String first = files.store(new ByteArrayInputStream("姓名\n张三\n".getBytes()), 1024);
		Files.setLastModifiedTime(files.path(first), FileTime.from(Instant.now().minus(Duration.ofDays(2))));

		String second = files.store(new ByteArrayInputStream("姓名\n李四\n".getBytes()), 1024);

		assertThat(files.size(second)).isPositive();
		assertThat(dataDir.resolve("uploads").resolve("pushed-lists").resolve(first)).doesNotExist();
	}
}
