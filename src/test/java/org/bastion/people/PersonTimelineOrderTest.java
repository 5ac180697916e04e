package org.bastion.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.bastion.people.PersonTimelineSource.PersonTimelineEntry.Tone;
import org.bastion.people.PersonTimelineSource.PersonTimelineEntry;
import org.junit.jupiter.api.Test;

class PersonTimelineOrderTest {

	private static PersonTimelineEntry entry(String type, LocalDate date, Instant at) {
		return new PersonTimelineEntry(date, at, type, Tone.GREY, "k", List.of(), null);
	}

	@Test
	void newestDateFirstAndOnOneDateTheEventWithoutATimeFirstThenNewestTime() {
		LocalDate day = LocalDate.of(2020, 2, 15);
		Instant morning = Instant.parse("2020-02-15T01:00:00Z");
		Instant noon = Instant.parse("2020-02-15T04:00:00Z");
		List<String> sorted = Stream
			.of(entry("started", day.minusDays(14), morning), entry("morning", day, morning), entry("released", day, null),
					entry("noon", day, noon), entry("yesterday", day.minusDays(1), noon))
			.sorted(PersonTimeline.NEWEST_FIRST)
			.map(PersonTimelineEntry::type)
			.toList();
		assertThat(sorted).containsExactly("released", "noon", "morning", "yesterday", "started");
	}

	@Test
	void theSourcesEntriesAreInterleavedByTimeNotKeptBySource() {
		LocalDate day = LocalDate.of(2020, 2, 3);
		List<PersonTimelineEntry> arrivals = List.of(entry("arrival", day.minusDays(10), Instant.parse("2020-01-24T02:00:00Z")));
		List<PersonTimelineEntry> observation = List.of(entry("order", day.minusDays(9), Instant.parse("2020-01-25T02:00:00Z")),
				entry("reading", day, Instant.parse("2020-02-03T01:00:00Z")),
				entry("released", day, null));
		List<PersonTimelineEntry> cases = List.of(entry("suspected", day.minusDays(1), Instant.parse("2020-02-02T08:00:00Z")),
				entry("confirmed", day, Instant.parse("2020-02-03T03:00:00Z")));
		List<PersonTimelineEntry> none = List.of();

		List<String> merged = PersonTimeline.merged(List.of(arrivals, observation, none, cases))
			.stream()
			.map(PersonTimelineEntry::type)
			.toList();

		assertThat(merged).containsExactly("released", "confirmed", "reading", "suspected", "order", "arrival");
		assertThat(PersonTimeline.merged(List.of(cases, none, observation, arrivals)).stream().map(PersonTimelineEntry::type))
			.as("the order of the sources does not matter")
			.containsExactlyElementsOf(merged);
	}
}
