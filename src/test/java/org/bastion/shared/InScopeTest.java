package org.bastion.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

class InScopeTest {

	private static final String COUNTY = JurisdictionPath.of("511528").likePattern();

	private SingleConnectionDataSource connection;

	private JdbcClient jdbc;

	@BeforeEach
	void placesInAndAroundACounty() {
		connection = ScratchConnection.open();
		jdbc = JdbcClient.create(connection);
		jdbc.sql("CREATE TEMPORARY TABLE scope_probe (id INT, jurisdiction_path VARCHAR(200), person_path VARCHAR(200))")
			.update();
		jdbc.sql("""
				INSERT INTO scope_probe VALUES (1, '/511528/', '/420102/'), (2, '/511528/511528103/', '/511528/'),
				  (3, '/5115280/', '/511528/511528103/'), (4, '/420102/', '/420102/')""").update();
	}

	@AfterEach
	void close() {
		jdbc.sql("DROP TABLE scope_probe").update();
		connection.destroy();
	}

	@Test
	void rendersAPrefixLikeOnThePathColumnWithTheNamedParameter() {
		assertThat(InScope.sql()).isEqualTo("jurisdiction_path LIKE :scope");
		assertThat(InScope.sql("o.jurisdiction_path")).isEqualTo("o.jurisdiction_path LIKE :scope");
		assertThat(InScope.positional()).isEqualTo("jurisdiction_path LIKE ?");
		assertThat(InScope.positional("t.person_path")).isEqualTo("t.person_path LIKE ?");
		assertThat(InScope.sql("jurisdiction_path", "area")).isEqualTo("jurisdiction_path LIKE :area");
	}

	@Test
	void bindsThePatternToTheNamedParameterAndKeepsTheSubtreeOnly() {
		List<Integer> ids = InScope.bind(jdbc.sql("SELECT id FROM scope_probe WHERE " + InScope.sql() + " ORDER BY id"), COUNTY)
			.query(Integer.class)
			.list();
		// 3 shares the county's digits but is a sibling: the closing slash of the pattern keeps it out.
		assertThat(ids).containsExactly(1, 2);
	}

	@Test
	void aQualifiedColumnAndTwoColumnsShareOneBinding() {
		List<Integer> ids = InScope
			.bind(jdbc.sql("SELECT p.id FROM scope_probe p WHERE (" + InScope.sql("p.jurisdiction_path") + " OR "
					+ InScope.sql("p.person_path") + ") ORDER BY p.id"), COUNTY)
			.query(Integer.class)
			.list();
		assertThat(ids).containsExactly(1, 2, 3);
	}

	@Test
	void theHoldingPredicateFindsThePlaceAndThoseAboveIt() {
		assertThat(InScope.holding("at")).isEqualTo(":at LIKE CONCAT(jurisdiction_path, '%')");
		String township = JurisdictionPath.of("511528", "511528103").value();
		List<Integer> named = jdbc.sql("SELECT id FROM scope_probe WHERE " + InScope.holding("at") + " ORDER BY id")
			.param("at", InScope.path(township))
			.query(Integer.class)
			.list();
		// The county holds the township, the township itself; the sibling county and Wuhan do not.
		assertThat(named).containsExactly(1, 2);
		List<Integer> positional = jdbc.sql("SELECT id FROM scope_probe WHERE " + InScope.holdingPositional() + " ORDER BY id")
			.param(InScope.path(township))
			.query(Integer.class)
			.list();
		assertThat(positional).containsExactly(1, 2);
		assertThatIllegalArgumentException().isThrownBy(() -> InScope.path("511528%"));
	}

	@Test
	void thePositionalPredicateTakesThePatternInItsPlace() {
		List<Integer> ids = jdbc.sql("SELECT id FROM scope_probe WHERE id > ? AND " + InScope.positional() + " ORDER BY id")
			.params(1, InScope.pattern(COUNTY))
			.query(Integer.class)
			.list();
		assertThat(ids).containsExactly(2);
	}

	@Test
	void anInlinedPatternIsCheckedBeforeItIsWrittenIntoTheStatement() {
		assertThat(InScope.inlined("jurisdiction_path", COUNTY)).isEqualTo("jurisdiction_path LIKE '/511528/%'");
		assertThat(jdbc.sql("SELECT id FROM scope_probe WHERE " + InScope.inlined("jurisdiction_path", COUNTY) + " ORDER BY id")
			.query(Integer.class)
			.list()).containsExactly(1, 2);
		assertThatIllegalArgumentException().isThrownBy(() -> InScope.inlined("jurisdiction_path", "/511528/' OR ''='%"));
	}

	@Test
	void theRootsPatternHoldsEveryRow() {
		assertThat(InScope.bind(jdbc.sql("SELECT COUNT(*) FROM scope_probe WHERE " + InScope.sql()),
				JurisdictionPath.ROOT.likePattern()).query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void refusesWhatIsNotASubtreesPattern() {
		assertThat(InScope.pattern(COUNTY)).isEqualTo("/511528/%");
		assertThatIllegalArgumentException().isThrownBy(() -> InScope.pattern("/511528/"));
		assertThatIllegalArgumentException().isThrownBy(() -> InScope.pattern("511528%"));
		assertThatIllegalArgumentException().isThrownBy(() -> InScope.pattern("%"));
		assertThatIllegalArgumentException().isThrownBy(() -> InScope.pattern("/5115%28/%"));
		assertThatIllegalArgumentException().isThrownBy(() -> InScope.pattern(null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> InScope.bind(jdbc.sql("SELECT id FROM scope_probe WHERE " + InScope.sql()), "' OR 1=1 --"));
	}
}
