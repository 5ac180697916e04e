package org.bastion.pushedlists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bastion.people.PersonMatching;
import org.bastion.shared.JurisdictionPath;
import org.junit.jupiter.api.Test;

class ListEntryDispatchTests {

	private static final ListEntryDispatch.Place COUNTY = new ListEntryDispatch.Place("511528", "兴文县",
			JurisdictionPath.of("511528"));

	private final ListEntryDispatch.Rule rule = new ListEntryDispatch.Rule(COUNTY,
			List.of(new ListEntryDispatch.Place("511528103", "共乐镇", JurisdictionPath.of("511528", "511528103")),
					new ListEntryDispatch.Place("511528100", "古宋镇", JurisdictionPath.of("511528", "511528100")),
					new ListEntryDispatch.Place("511528200", "大坝苗族乡", JurisdictionPath.of("511528", "511528200"))));

	private static PersonMatching.Match match(JurisdictionPath path) {
		return new PersonMatching.Match(7, path.leafCode(), path, PersonMatching.MatchedBy.ID_NUMBER);
	}

	@Test
	void aMatchedPersonGoesToTheirGridWhateverTheRowSays() {
		JurisdictionPath grid = JurisdictionPath.of("511528", "511528103", "511528103201", "51152810320101");
		assertThat(rule.decide(match(grid), "古宋镇")).isEqualTo(new ListEntryDispatch.ToPersonsGrid("51152810320101", grid));
	}

	@Test
	void aPersonLivingOutsideTheListsAreaIsNotSentThere() {
		JurisdictionPath elsewhere = JurisdictionPath.of("420106", "420106001");
		assertThat(rule.decide(match(elsewhere), "古宋镇")).isInstanceOf(ListEntryDispatch.ToTownship.class);
	}

	@Test
	void anUnmatchedRowGoesToTheTownshipItNames() {
		assertThat(rule.decide(null, "共乐镇")).isEqualTo(
				new ListEntryDispatch.ToTownship("511528103", JurisdictionPath.of("511528", "511528103")));
		assertThat(rule.decide(null, " 共乐 ")).isInstanceOf(ListEntryDispatch.ToTownship.class);
		assertThat(rule.decide(null, "大坝")).extracting(ListEntryDispatch::code).isEqualTo("511528200");
	}

	@Test
	void otherwiseTheListsOwnAreaKeepsIt() {
		assertThat(rule.decide(null, null)).isEqualTo(new ListEntryDispatch.ToListArea("511528", COUNTY.path()));
		assertThat(rule.decide(null, "武汉市")).isInstanceOf(ListEntryDispatch.ToListArea.class);
		assertThat(rule.decide(null, "镇")).isInstanceOf(ListEntryDispatch.ToListArea.class);
	}

	@Test
	void theStoredKindOfEachDispatch() {
		assertThat(new ListEntryDispatch.ToPersonsGrid("1", JurisdictionPath.of("1")).kind()).isEqualTo("PERSON");
		assertThat(new ListEntryDispatch.ToTownship("1", JurisdictionPath.of("1")).kind()).isEqualTo("TOWNSHIP");
		assertThat(new ListEntryDispatch.ToListArea("1", JurisdictionPath.of("1")).kind()).isEqualTo("LIST");
	}
}
