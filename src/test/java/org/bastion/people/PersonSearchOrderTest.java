package org.bastion.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which searches sort their matches instead of walking the whole table by id (see the benchmark). */
class PersonSearchOrderTest {

	@Test
	void searchesWithATermSortTheirMatches() {
		assertThat(PersonDatabase.sortsMatchesOnly(SearchTerm.of("谭"), "/511528/%")).isTrue();
		assertThat(PersonDatabase.sortsMatchesOnly(SearchTerm.of("0920"), "/511528/511528103/%")).isTrue();
	}

	@Test
	void listingATownshipSortsItsPersons() {
		assertThat(PersonDatabase.sortsMatchesOnly(SearchTerm.of(""), "/511528/511528103/%")).isTrue();
	}

	@Test
	void listingAWholeCountyWalksTheNewestFirst() {
		assertThat(PersonDatabase.sortsMatchesOnly(SearchTerm.of(""), "/511528/%")).isFalse();
		assertThat(PersonDatabase.sortsMatchesOnly(SearchTerm.of(""), "/%")).isFalse();
	}
}
