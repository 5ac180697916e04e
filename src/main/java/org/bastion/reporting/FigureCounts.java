package org.bastion.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.ReportFigureSource.PlaceCount;

/**
 * The counts of one window as the modules gave them, by record place, summed on read into any area of the
 * tree or any reporting unit: a parent's figure is always the sum of what lies below it.
 */
final class FigureCounts {

	private final List<PlaceCount> counts;

	FigureCounts(List<PlaceCount> counts) {
		this.counts = List.copyOf(counts);
	}

	/** Everything at or below {@code area}, its units' records included. */
	Figures within(JurisdictionPath area) {
		Map<String, Long> sums = new HashMap<>();
		for (PlaceCount count : counts) {
			if (count.path().startsWith(area.value())) {
				sums.merge(count.figure(), count.count(), Long::sum);
			}
		}
		return new Figures(sums);
	}

	/** The records of one reporting unit that is not an area. */
	Figures ofUnit(String ref) {
		Map<String, Long> sums = new HashMap<>();
		for (PlaceCount count : counts) {
			if (ref.equals(count.unit())) {
				sums.merge(count.figure(), count.count(), Long::sum);
			}
		}
		return new Figures(sums);
	}

	/**
	 * The figures of each child of {@code parent}, by the child's code, with the records kept at the parent
	 * itself under the key {@code ""}: the rows of a roll-up, which add up to {@link #within(JurisdictionPath)}.
	 */
	Map<String, Figures> byChild(JurisdictionPath parent) {
		Map<String, Map<String, Long>> rows = new HashMap<>();
		int depth = parent.depth();
		for (PlaceCount count : counts) {
			if (!count.path().startsWith(parent.value())) {
				continue;
			}
			List<String> codes = new JurisdictionPath(count.path()).codes();
			String child = codes.size() > depth ? codes.get(depth) : "";
			rows.computeIfAbsent(child, c -> new HashMap<>()).merge(count.figure(), count.count(), Long::sum);
		}
		Map<String, Figures> result = new HashMap<>();
		rows.forEach((child, sums) -> result.put(child, new Figures(sums)));
		return result;
	}

	/** A set of figures by key; a figure without records reads zero. */
	record Figures(@JsonValue Map<String, Long> values) {

		static final Figures NONE = new Figures(Map.of());

		Figures {
			values = Map.copyOf(values);
		}

		public long of(String key) {
			return values.getOrDefault(key, 0L);
		}
	}
}
