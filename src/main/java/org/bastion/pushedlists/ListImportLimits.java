package org.bastion.pushedlists;

import org.bastion.shared.TabularFile;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * How much one list may hold and make the server hold: the reader's limits, the data rows of a file
 * and the refused rows kept for its error file. See {@code application.properties} for why each is
 * what it is.
 */
@Component
class ListImportLimits {

	private final TabularFile.Limits reading;

	private final int maxRows;

	private final int maxRejected;

	ListImportLimits(@Value("${bastion.uploads.max-inflated-size:1GB}") DataSize maxInflated,
			@Value("${bastion.uploads.max-compression-ratio:100}") int maxRatio,
			@Value("${bastion.uploads.max-cell-length:1000}") int maxCellLength,
			@Value("${bastion.pushed-lists.max-rows:2000000}") int maxRows,
			@Value("${bastion.pushed-lists.max-rejected-rows:10000}") int maxRejected) {
		this.reading = new TabularFile.Limits(maxInflated.toBytes(), maxRatio, maxCellLength);
		this.maxRows = maxRows;
		this.maxRejected = maxRejected;
	}

	TabularFile.Limits reading() {
		return reading;
	}

	int maxRows() {
		return maxRows;
	}

	int maxRejected() {
		return maxRejected;
	}
}
