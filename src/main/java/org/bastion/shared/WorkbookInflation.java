package org.bastion.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * Inflates every part of an xlsx once, counting, before the workbook reader is let at it: an xlsx is a
 * zip, and 1 MB of it can inflate to a 1 GiB cell that the reader would build in memory. The parts
 * are read through the same central directory (Commons Compress's {@link ZipFile}) that the reader
 * opens them by, so a part hidden from a sequential scan is counted too, and the counts are of bytes
 * actually inflated and consumed, not of the sizes the zip declares. Each check refuses as soon as
 * its limit is passed, with nothing kept.
 *
 * <ul>
 * <li>the inflated size of all parts together;
 * <li>the ratio of inflated to compressed bytes of a part, once it has inflated past {@link #GRACE}
 * (small parts of repeated markup compress well and are harmless);
 * <li>the longest run of text between two tags, which bounds any one cell the reader builds.
 * </ul>
 */
final class WorkbookInflation {

	/** Parts smaller than this are not held to the ratio. */
	static final long GRACE = 1024 * 1024;

	/**
	 * Text between two tags longer than this is refused with the file; shorter over-long cells are
	 * refused with their row, by the cell limit. In bytes of UTF-8, so at least as many as characters.
	 */
	static final int MAX_TEXT_RUN = 1024 * 1024;

	private WorkbookInflation() {
	}

	static void check(Path file, TabularFile.Limits limits) throws IOException {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
			for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements();) {
				ZipArchiveEntry entry = entries.nextElement();
				if (entry.isDirectory()) {
					continue;
				}
				int run = 0;
				try (InputStream part = zip.getInputStream(entry)) {
					for (int n; (n = part.read(buffer)) > 0;) {
						total += n;
						if (total > limits.maxInflatedBytes()) {
							throw new TabularFile.UnreadableFileException("file.xlsx.inflatedTooLarge",
									limits.maxInflatedBytes() / (1024 * 1024));
						}
						if (part instanceof InputStreamStatistics counts && counts.getUncompressedCount() > GRACE
								&& counts.getUncompressedCount() > limits.maxRatio()
										* Math.max(1, counts.getCompressedCount())) {
							throw new TabularFile.UnreadableFileException("file.xlsx.ratio", limits.maxRatio());
						}
						run = longestRun(buffer, n, run);
					}
				}
			}
		}
	}

	/** Follows the text run across the buffer; refuses once one is too long. Returns the open run's length. */
	private static int longestRun(byte[] buffer, int n, int run) {
		for (int i = 0; i < n; i++) {
			if (buffer[i] == '<') {
				run = 0;
			}
			else if (++run > MAX_TEXT_RUN) {
				throw new TabularFile.UnreadableFileException("file.xlsx.cellTooLong", MAX_TEXT_RUN / (1024 * 1024));
			}
		}
		return run;
	}
}
