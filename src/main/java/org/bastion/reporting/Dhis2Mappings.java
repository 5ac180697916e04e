package org.bastion.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.ReportFigureSource.ReportFigure;
import org.bastion.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mapping of the report's figures to DHIS2, which HQ edits and every export reads. */
@Service
@Transactional(readOnly = true)
class Dhis2Mappings {

	/**
	 * The mapping with the figures it leaves out.
	 *
	 * @param unmappedFigures the keys of the report's figures without a data element, in the report's order
	 */
	record Dhis2MappingAnswer(String dataSet, Map<String, String> dataElements, Map<String, String> orgUnits,
			List<String> unmappedFigures) {
	}

	private final Dhis2MappingDatabase database;

	private final DailyFigures figures;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final FieldClock clock;

	private final AuditTrail audit;

	Dhis2Mappings(Dhis2MappingDatabase database, DailyFigures figures, Jurisdictions jurisdictions, CurrentViewer viewer,
			FieldClock clock, AuditTrail audit) {
		this.database = database;
		this.figures = figures;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.clock = clock;
		this.audit = audit;
	}

	Dhis2Mapping current() {
		return database.get();
	}

	Dhis2MappingAnswer answer() {
		return answer(current());
	}

	/** The mapping as HQ opens it to edit; nobody else edits it, so nobody else opens its form. */
	@PreAuthorize(Roles.HQ)
	public Dhis2Mapping forEditing() {
		return current();
	}

	/** The report's figures without a data element, in the report's order. */
	List<String> unmapped(Dhis2Mapping mapping) {
		return figures.catalogue().stream().map(ReportFigure::key)
			.filter(key -> !mapping.dataElements().containsKey(key))
			.toList();
	}

	@Transactional
	@PreAuthorize(Roles.HQ)
	public Dhis2MappingAnswer replace(Dhis2Mapping mapping) {
		Set<String> keys = figures.catalogue().stream().map(ReportFigure::key).collect(Collectors.toSet());
		List<FieldViolation> problems = new ArrayList<>(mapping.problems(keys));
		for (String area : mapping.orgUnits().keySet()) {
			if (jurisdictions.find(area).isEmpty()) {
				problems.add(new FieldViolation("orgUnits." + area, "area", "report.dhis2.orgUnit.area", area));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		database.replace(mapping, viewer.get().username(), clock.instant());
		audit.record(AuditAction.UPDATE, "report-dhis2-mapping", "dataSet=" + mapping.dataSet() + " dataElements="
				+ mapping.dataElements().size() + " orgUnits=" + mapping.orgUnits().size());
		return answer(mapping);
	}

	private Dhis2MappingAnswer answer(Dhis2Mapping mapping) {
		return new Dhis2MappingAnswer(mapping.dataSet(), mapping.dataElements(), mapping.orgUnits(), unmapped(mapping));
	}
}
