package org.bastion.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.JurisdictionLevel;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.ReportFigureSource.ReportingUnit;
import org.springframework.stereotype.Component;

/** Which units report: every village and township of the tree, and the units the modules keep. */
@Component
class ReportUnits {

	private static final String WHAT = "report.unit";

	private final Jurisdictions jurisdictions;

	private final DailyFigures figures;

	private final CurrentViewer viewer;

	ReportUnits(Jurisdictions jurisdictions, DailyFigures figures, CurrentViewer viewer) {
		this.jurisdictions = jurisdictions;
		this.figures = figures;
		this.viewer = viewer;
	}

	/** The units at or below a place the viewer sees, in path order. */
	List<ReportUnit> under(Jurisdiction place) {
		List<ReportUnit> units = new ArrayList<>();
		for (Jurisdiction node : jurisdictions.subtree(place.code())) {
			if (node.level() == JurisdictionLevel.VILLAGE) {
				units.add(new ReportUnit(node.code(), node.name(), ReportUnit.VILLAGE, node.path()));
			}
			else if (node.level() == JurisdictionLevel.TOWNSHIP) {
				units.add(new ReportUnit(node.code(), node.name(), ReportUnit.TOWNSHIP, node.path()));
			}
		}
		for (ReportingUnit unit : figures.units(place.path().likePattern())) {
			units.add(of(unit));
		}
		return units;
	}

	/** A unit the viewer sees, by its reference; a place that is no village or township does not report. */
	ReportUnit find(String ref) {
		if (ref == null || ref.isBlank()) {
			throw new InvalidInputException(new FieldViolation("unit", "required", "report.unit.required"));
		}
		String wanted = ref.strip();
		if (wanted.contains(":")) {
			return figures.units(viewer.scopePattern()).stream()
				.filter(unit -> unit.ref().equals(wanted))
				.findFirst()
				.map(ReportUnits::of)
				.orElseThrow(() -> new NotFoundException(WHAT));
		}
		Jurisdiction node = jurisdictions.visible(wanted);
		if (node.level() == JurisdictionLevel.VILLAGE) {
			return new ReportUnit(node.code(), node.name(), ReportUnit.VILLAGE, node.path());
		}
		if (node.level() == JurisdictionLevel.TOWNSHIP) {
			return new ReportUnit(node.code(), node.name(), ReportUnit.TOWNSHIP, node.path());
		}
		throw new InvalidInputException(new FieldViolation("unit", "reporting", "report.unit.notReporting", node.name()));
	}

	/** The unit the viewer reports for by default: their own village or township, if they are one's. */
	Optional<ReportUnit> own() {
		List<Jurisdiction> tops = jurisdictions.tops();
		if (tops.size() != 1) {
			return Optional.empty();
		}
		Jurisdiction top = tops.getFirst();
		if (top.level() == JurisdictionLevel.VILLAGE || top.level() == JurisdictionLevel.TOWNSHIP) {
			return Optional.of(find(top.code()));
		}
		return Optional.empty();
	}

	private static ReportUnit of(ReportingUnit unit) {
		return new ReportUnit(unit.ref(), unit.name(), unit.kind(), new JurisdictionPath(unit.path()));
	}
}
