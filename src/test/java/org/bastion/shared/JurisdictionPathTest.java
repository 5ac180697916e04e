package org.bastion.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class JurisdictionPathTest {

	@Test
	void aSubtreeContainsItselfAndWhatLiesBelow() {
		JurisdictionPath county = JurisdictionPath.of("511528");
		JurisdictionPath village = JurisdictionPath.of("511528", "511528103", "511528103201");
		assertThat(county.contains(county)).isTrue();
		assertThat(county.contains(village)).isTrue();
		assertThat(village.contains(county)).isFalse();
	}

	@Test
	void aSiblingWithACommonPrefixIsNotInside() {
		// 51152810 is a prefix of 511528103 as text, but not an ancestor: the closing slash decides.
		assertThat(JurisdictionPath.of("511528", "51152810").contains(JurisdictionPath.of("511528", "511528103"))).isFalse();
	}

	@Test
	void theRootHoldsEverything() {
		assertThat(JurisdictionPath.ROOT.contains(JurisdictionPath.of("420102"))).isTrue();
		assertThat(JurisdictionPath.ROOT.codes()).isEmpty();
		assertThat(JurisdictionPath.ROOT.leafCode()).isNull();
		assertThat(JurisdictionPath.ROOT.likePattern()).isEqualTo("/%");
	}

	@Test
	void pathsKnowTheirCodes() {
		JurisdictionPath path = JurisdictionPath.of("511528", "511528103").child("511528103201");
		assertThat(path.value()).isEqualTo("/511528/511528103/511528103201/");
		assertThat(path.codes()).containsExactly("511528", "511528103", "511528103201");
		assertThat(path.leafCode()).isEqualTo("511528103201");
		assertThat(path.depth()).isEqualTo(3);
		assertThat(path.likePattern()).isEqualTo("/511528/511528103/511528103201/%");
	}

	@Test
	void malformedPathsAreRefused() {
		for (String bad : new String[] { null, "", "511528", "/511528", "//", "/5115%28/", "/a b/", "/x'--/" }) {
			assertThatIllegalArgumentException().as(String.valueOf(bad)).isThrownBy(() -> new JurisdictionPath(bad));
		}
	}
}
