package org.bastion.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a cursor-paged list: the items and the cursor for the next page, or null at the end.
 * Cursors are keys, not offsets, so that page 1,000 costs what page 1 costs.
 */
public record Slice<T>(List<T> items, String nextCursor) {

	/** A list short enough to answer whole: the same shape as a page, with no next one. */
	public static <T> Slice<T> whole(List<T> items) {
		return new Slice<>(items, null);
	}

	public <R> Slice<R> map(Function<T, R> mapper) {
		return new Slice<>(items.stream().map(mapper).toList(), nextCursor);
	}

	/** Builds a slice from {@code limit + 1} fetched rows: the extra row only says there is more. */
	public static <T> Slice<T> of(List<T> fetched, int limit, Function<T, String> cursorOf) {
		if (fetched.size() <= limit) {
			return new Slice<>(fetched, null);
		}
		List<T> page = fetched.subList(0, limit);
		return new Slice<>(List.copyOf(page), cursorOf.apply(page.get(limit - 1)));
	}
}
