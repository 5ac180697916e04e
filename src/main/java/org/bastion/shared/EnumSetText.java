package org.bastion.shared;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of an enum's constants kept in one text column, comma-separated in the enum's order, so that the same
 * set is always the same text.
 */
public final class EnumSetText {

	private EnumSetText() {
	}

	public static <E extends Enum<E>> String of(Collection<E> values) {
		return values.stream().sorted().distinct().map(Enum::name).collect(Collectors.joining(","));
	}

	public static <E extends Enum<E>> Set<E> parse(String stored, Class<E> type) {
		Set<E> values = EnumSet.noneOf(type);
		if (stored != null) {
			Arrays.stream(stored.split(",")).filter(v -> !v.isBlank()).map(v -> Enum.valueOf(type, v.strip())).forEach(values::add);
		}
		return values;
	}
}
