package org.bastion.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bastion.reporting.FigureCounts.Figures;
import org.bastion.shared.ReportFigureSource.PlaceCount;
import org.bastion.shared.ReportFigureSource.ReportFigure;
import org.bastion.shared.ReportFigureSource.ReportWindow;
import org.bastion.shared.ReportFigureSource.ReportingUnit;
import org.bastion.shared.ReportFigureSource;
import org.springframework.stereotype.Component;

/**
 * Every module's figures, gathered through the port: the catalogue of what a report holds, the counts of a
 * window and the units that report besides the areas. Reporting knows no module; a module that implements
 * the port appears here.
 */
@Component
class DailyFigures {

	/** The report's sections in the order the field reads them; a section not named here comes after, by name. */
	private static final List<String> SECTIONS = List.of("arrivals", "cases", "observation", "isolation", "pushedlists",
			"rounds", "checkpoints", "checkin", "mobilization", "supplies", "community");

	private final List<ReportFigureSource> sources;

	private final List<ReportFigure> catalogue;

	private final Map<String, ReportFigureSource> owners = new HashMap<>();

	DailyFigures(List<ReportFigureSource> sources) {
		this.sources = List.copyOf(sources);
		Map<String, ReportFigure> byKey = new LinkedHashMap<>();
		for (ReportFigureSource source : sources) {
			for (ReportFigure figure : source.figures()) {
				if (byKey.putIfAbsent(figure.key(), figure) != null) {
					throw new IllegalStateException("Two report figure sources count " + figure.key());
				}
				owners.put(figure.key(), source);
			}
		}
		List<ReportFigure> figures = new ArrayList<>(byKey.values());
		// A stable sort keeps each source's own order inside its section.
		figures.sort(Comparator.comparingInt((ReportFigure f) -> section(f.group())).thenComparing(ReportFigure::group));
		this.catalogue = List.copyOf(figures);
	}

	private static int section(String group) {
		int index = SECTIONS.indexOf(group);
		return index < 0 ? SECTIONS.size() : index;
	}

	/** Every figure a report holds, in the order it lists them. */
	List<ReportFigure> catalogue() {
		return catalogue;
	}

	FigureCounts count(ReportWindow window, String scope) {
		List<PlaceCount> counts = new ArrayList<>();
		for (ReportFigureSource source : sources) {
			counts.addAll(source.counts(window, scope));
		}
		return new FigureCounts(counts);
	}

	/** The totals within a scope of each window, in the order given: every source asked once for them all. */
	List<Figures> totals(List<ReportWindow> windows, String scope) {
		List<Map<String, Long>> sums = new ArrayList<>();
		for (int i = 0; i < windows.size(); i++) {
			sums.add(new HashMap<>());
		}
		for (ReportFigureSource source : sources) {
			List<Map<String, Long>> ofSource = source.totals(windows, scope);
			for (int i = 0; i < windows.size(); i++) {
				ofSource.get(i).forEach(sums.get(i)::put);
			}
		}
		return sums.stream().map(Figures::new).toList();
	}

	/** The page of the records behind a figure at a place over a window, or null. */
	String recordsLink(String figure, String jurisdictionCode, ReportWindow window) {
		ReportFigureSource owner = owners.get(figure);
		return owner == null ? null : owner.recordsLink(figure, jurisdictionCode, window);
	}

	List<ReportingUnit> units(String scope) {
		List<ReportingUnit> units = new ArrayList<>();
		for (ReportFigureSource source : sources) {
			units.addAll(source.units(scope));
		}
		units.sort(Comparator.comparing(ReportingUnit::path).thenComparing(ReportingUnit::name));
		return units;
	}
}
