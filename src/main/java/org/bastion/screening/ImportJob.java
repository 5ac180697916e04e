package org.bastion.screening;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.bastion.people.PersonMatching;
import org.bastion.shared.TabularFile;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run of a list's import: streams the stored file row by row, checks each row, and every
 * {@link #SLICE} rows matches the good ones to persons, dispatches them and writes them, in one
 * transaction per slice, so memory stays flat at a million rows and the page sees progress.
 */
final class ImportJob {

	/** Rows per transaction and per progress update. */
	static final int SLICE = 10_000;

	private final PushedListDatabase.ListRow list;

	private final ListImportRules rules;

	private final ListEntryDispatch.Rule dispatch;

	private final PersonMatching matching;

	private final PushedListDatabase lists;

	private final ListEntryDatabase entries;

	private final TransactionTemplate transaction;

	private final long fileSize;

	private final List<ListImportRow> slice = new ArrayList<>(SLICE);

	private int rows;

	private int accepted;

	private int rejected;

	private int matched;

	private int dispatched;

	private long bytesRead;

	ImportJob(PushedListDatabase.ListRow list, LocalDate today, ListEntryDispatch.Rule dispatch,
			PersonMatching matching, PushedListDatabase lists, ListEntryDatabase entries, TransactionTemplate transaction,
			long fileSize) {
		this.list = list;
		this.rules = new ListImportRules(ListColumns.parse(list.columnMap()), today);
		this.dispatch = dispatch;
		this.matching = matching;
		this.lists = lists;
		this.entries = entries;
		this.transaction = transaction;
		this.fileSize = Math.max(1, fileSize);
	}

	/** Reads the whole file; what is written stays written, the caller cleans up a failure. */
	void run(InputStream file) {
		TabularFile.read(new Counting(file), line -> {
			if (line.number() <= list.headerLine() || line.blank()) {
				return;
			}
			slice.add(rules.check(line));
			if (slice.size() == SLICE) {
				flush();
			}
		});
		flush();
	}

	PushedListDatabase.Counts counts(int progress) {
		return new PushedListDatabase.Counts(rows, accepted, rejected, matched, dispatched, progress);
	}

	private void flush() {
		if (slice.isEmpty()) {
			return;
		}
		List<ListImportRow.Accepted> good = new ArrayList<>(slice.size());
		List<ListImportRow.Rejected> bad = new ArrayList<>();
		for (ListImportRow row : slice) {
			switch (row) {
				case ListImportRow.Accepted a -> good.add(a);
				case ListImportRow.Rejected r -> bad.add(r);
			}
		}
		transaction.executeWithoutResult(status -> {
			List<PersonMatching.Candidate> candidates = new ArrayList<>(good.size());
			for (ListImportRow.Accepted a : good) {
				candidates.add(new PersonMatching.Candidate(a.idNumber(), a.name(), a.phone()));
			}
			List<PersonMatching.Match> matches = matching.match(candidates, list.jurisdictionPath());
			List<ListEntryDatabase.NewEntry> newEntries = new ArrayList<>(good.size());
			for (int i = 0; i < good.size(); i++) {
				PersonMatching.Match match = matches.get(i);
				ListEntryDispatch to = dispatch.decide(match, good.get(i).township());
				if (match != null) {
					matched++;
				}
				if (!(to instanceof ListEntryDispatch.ToListArea)) {
					dispatched++;
				}
				newEntries.add(new ListEntryDatabase.NewEntry(good.get(i), match == null ? null : match.personId(), to));
			}
			entries.insertAll(list.id(), list.deadline(), newEntries);
			lists.insertRejected(list.id(), bad);
			rows += slice.size();
			accepted += good.size();
			rejected += bad.size();
			lists.progress(list.id(), counts(runningProgress()));
		});
		slice.clear();
	}

	/** By bytes read, the one measure known before the last row; 100 is kept for the finished list. */
	private int runningProgress() {
		return (int) Math.min(99, bytesRead * 100 / fileSize);
	}

	private final class Counting extends FilterInputStream {

		Counting(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				bytesRead++;
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				bytesRead += n;
			}
			return n;
		}
	}
}
