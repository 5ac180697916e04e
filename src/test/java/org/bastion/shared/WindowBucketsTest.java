package org.bastion.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bastion.shared.ReportFigureSource.ReportWindow;
import org.junit.jupiter.api.Test;

class WindowBucketsTest {

	private static final Instant START = Instant.parse("2026-11-01T08:00:00Z");

	private static final LocalDate DATE = LocalDate.of(2026, 11, 2);

	@Test
	void daysThatFollowEachOtherAreBuckets() {
		assertThat(WindowBuckets.of(days(0, 1, 2))).hasValueSatisfying(buckets -> {
			assertThat(buckets.size()).isEqualTo(3);
			assertThat(buckets.window(2).date()).isEqualTo(DATE.plusDays(2));
		});
	}

	@Test
	void windowsWithAGapOrOutOfOrderOrOfOtherLengthsAreNot() {
		assertThat(WindowBuckets.of(days(0, 2))).isEmpty();
		assertThat(WindowBuckets.of(days(1, 0))).isEmpty();
		assertThat(WindowBuckets.of(List.of())).isEmpty();
		List<ReportWindow> longerFirst = new ArrayList<>(days(1, 2));
		longerFirst.set(0, new ReportWindow(DATE.plusDays(1), START.minus(Duration.ofHours(1)), START.plus(Duration.ofDays(2))));
		assertThat(WindowBuckets.of(longerFirst)).isEmpty();
	}

	@Test
	void aStandingRecordIsAddedToTheWindowsItStoodAtClampedToThem() {
		List<Map<String, Long>> totals = WindowBuckets.of(days(0, 1, 2)).orElseThrow().empty();
		WindowBuckets.addOver(totals, "open", -1, 1, 2);
		WindowBuckets.addOver(totals, "open", 1, 3, 1);
		assertThat(totals).containsExactly(Map.of("open", 2L), Map.of("open", 3L), Map.of("open", 1L));
	}

	private static List<ReportWindow> days(int... offsets) {
		List<ReportWindow> windows = new ArrayList<>();
		for (int offset : offsets) {
			Instant from = START.plus(Duration.ofDays(offset));
			windows.add(new ReportWindow(DATE.plusDays(offset), from, from.plus(Duration.ofDays(1))));
		}
		return windows;
	}
}
