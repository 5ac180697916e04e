package org.bastion.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.bastion.shared.AccountNames;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The accounts' display names by login, as every module's answers name their staff. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisplayNamesTests {

	@Autowired
	AccountNames names;

	@Test
	void aLoginIsNamedByItsAccountsDisplayNameAndAnUnknownOneIsLeftOut() {
		String unknown = "nobody-" + UUID.randomUUID();
		assertThat(names.displayNames(Arrays.asList("demo-grid", "demo-township", unknown, null, "demo-grid")))
			.containsExactlyInAnyOrderEntriesOf(Map.of("demo-grid", "网格员 刘洋", "demo-township", "共乐镇 王芳"));
	}

	@Test
	void noLoginsAskNothingAndNameNothing() {
		assertThat(names.displayNames(List.of())).isEmpty();
		assertThat(names.namer().apply(null)).isNull();
	}

	@Test
	void theNamerFallsBackToTheLoginWhereNoAccountHasIt() {
		String unknown = "nobody-" + UUID.randomUUID();
		UnaryOperator<String> named = names.namer("demo-county", unknown, null);
		assertThat(named.apply("demo-county")).isEqualTo("县指挥部 李明");
		assertThat(named.apply(unknown)).isEqualTo(unknown);
		assertThat(named.apply(null)).isNull();
	}
}
