package org.bastion.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageRequestTest {

	private static final String KEY = "arrival.filter.cursor";

	@Test
	void noCursorIsTheFirstPageAndNoLimitTheDefault() {
		assertThat(PageRequest.of(null, null, KEY)).isEqualTo(new PageRequest(null, PageRequest.DEFAULT_SIZE));
		assertThat(PageRequest.of("  ", null, KEY).after()).isNull();
	}

	@Test
	void aLimitIsBroughtIntoRange() {
		assertThat(PageRequest.of(null, 0, KEY).size()).isEqualTo(1);
		assertThat(PageRequest.of(null, -5, KEY).size()).isEqualTo(1);
		assertThat(PageRequest.of(null, 7, KEY).size()).isEqualTo(7);
		assertThat(PageRequest.of(null, 100_000, KEY).size()).isEqualTo(PageRequest.MAX_SIZE);
		assertThat(PageRequest.of(null, null, 50, 200, KEY).size()).isEqualTo(50);
		assertThat(PageRequest.size(500, 50, 200)).isEqualTo(200);
	}

	@Test
	void aCursorNamesTheKeyOfTheLastRowSeen() {
		assertThat(PageRequest.of(" 4711 ", 10, KEY).after()).isEqualTo(4711L);
	}

	@Test
	void aCursorThatIsNoKeyIsRefusedNamingCursor() {
		for (String bad : List.of("abc", "12x", "1.5", "99999999999999999999")) {
			assertThatThrownBy(() -> PageRequest.of(bad, null, KEY)).as(bad)
				.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
					.extracting(FieldViolation::field, FieldViolation::rule, FieldViolation::messageKey)
					.containsExactly(tuple("cursor", "shape", KEY)));
		}
	}

	@Test
	void oneRowMoreThanThePageOnlySaysThereIsANextPage() {
		PageRequest page = PageRequest.of(null, 2, KEY);
		assertThat(page.fetch()).isEqualTo(3);

		Slice<Long> more = page.slice(List.of(9L, 8L, 7L), id -> id);
		assertThat(more.items()).containsExactly(9L, 8L);
		assertThat(more.nextCursor()).isEqualTo("8");
		assertThat(PageRequest.of(more.nextCursor(), 2, KEY).after()).isEqualTo(8L);

		Slice<Long> last = page.slice(List.of(9L, 8L), id -> id);
		assertThat(last.items()).containsExactly(9L, 8L);
		assertThat(last.nextCursor()).isNull();
	}

	@Test
	void aListAnsweredWholeHasNoNextPage() {
		assertThat(Slice.whole(List.of("a", "b"))).isEqualTo(new Slice<>(List.of("a", "b"), null));
	}
}
