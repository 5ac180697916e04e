package org.bastion.shared;

import java.util.List;
import java.util.function.Function;

/**
 * Which page of a key-paged list a caller asked for: after the row whose key the cursor names (null for
 * the first page), at most {@code size} rows. Every list reads its {@code cursor} and {@code limit} here,
 * so that a missing limit, one out of range and a cursor that is not a key mean the same everywhere.
 *
 * @param after the key of the last row of the page before, or null for the first page
 */
public record PageRequest(Long after, int size) {

	/** Rows of a page when the caller names no limit: a phone's screen and a bit. */
	public static final int DEFAULT_SIZE = 20;

	/** The most rows a caller may ask for at once. */
	public static final int MAX_SIZE = 100;

	public PageRequest {
		if (size < 1) {
			throw new IllegalArgumentException("a page holds at least one row");
		}
	}

	/** A page of {@link #DEFAULT_SIZE} rows unless the caller asks for 1 to {@link #MAX_SIZE}. */
	public static PageRequest of(String cursor, Integer limit, String messageKey) {
		return of(cursor, limit, DEFAULT_SIZE, MAX_SIZE, messageKey);
	}

	/**
	 * @param limit the caller's wish, brought into {@code 1..max}; null for {@code defaultSize}
	 * @param messageKey the refusal's words when the cursor is not a key
	 * @throws InvalidInputException naming {@code cursor}
	 */
	public static PageRequest of(String cursor, Integer limit, int defaultSize, int max, String messageKey) {
		return new PageRequest(key(cursor, messageKey), size(limit, defaultSize, max));
	}

	/** The rows a page holds, for lists whose cursor is not one key (see {@link #key}). */
	public static int size(Integer limit, int defaultSize, int max) {
		return limit == null ? defaultSize : Math.clamp(limit, 1, max);
	}

	/** The key a cursor names, or null for the first page. */
	public static Long key(String cursor, String messageKey) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(cursor.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInputException(new FieldViolation("cursor", "shape", messageKey));
		}
	}

	/** The rows to fetch: one more than the page holds, which only says whether there is a next page. */
	public int fetch() {
		return size + 1;
	}

	/** The page of {@code fetched} rows, its cursor the key of its last row. */
	public <T> Slice<T> slice(List<T> fetched, Function<T, Long> keyOf) {
		return Slice.of(fetched, size, row -> String.valueOf(keyOf.apply(row)));
	}
}
