package org.bastion.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class HealthTimelineOrderTest {

	private static HealthTimelineEntry entry(String type, LocalDate date, Instant at) {
		return new HealthTimelineEntry(date, at, type, HealthTimelineEntry.Tone.GREY, "k", List.of(), null);
	}

	@Test
	void newestDateFirstAndOnOneDateTheEventWithoutATimeFirstThenNewestTime() {
		LocalDate day = LocalDate.of(2020, 2, 15);
		Instant morning = Instant.parse("2020-02-15T01:00:00Z");
		Instant noon = Instant.parse("2020-02-15T04:00:00Z");
		List<String> sorted = Stream
			.of(entry("started", day.minusDays(14), morning), entry("morning", day, morning), entry("released", day, null),
					entry("noon", day, noon), entry("yesterday", day.minusDays(1), noon))
			.sorted(HealthTimeline.NEWEST_FIRST)
			.map(HealthTimelineEntry::type)
			.toList();
		assertThat(sorted).containsExactly("released", "noon", "morning", "yesterday", "started");
	}
}
