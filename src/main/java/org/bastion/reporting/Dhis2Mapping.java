package org.bastion.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.bastion.shared.FieldViolation;

/**
 * How the daily report's figures are named in a DHIS2 instance, as HQ keeps it.
 *
 * @param dataSet the uid of the data set the report imports into, or null to import bare data values
 * @param dataElements each mapped figure's data element uid, by figure key; a figure not named is left out
 * of the export
 * @param orgUnits the DHIS2 org unit code of an area whose code there is not its division code, by the
 * area's code; every other area is named by its own code
 */
record Dhis2Mapping(String dataSet, Map<String, String> dataElements, Map<String, String> orgUnits) {

	/** DHIS2's uid: eleven letters and digits, the first a letter. */
	static final Pattern UID = Pattern.compile("[A-Za-z][A-Za-z0-9]{10}");

	/** DHIS2 stores an org unit's code in 50 characters; a space would not survive a CSV import there. */
	static final Pattern ORG_UNIT_CODE = Pattern.compile("\\S{1,50}");

	static final Dhis2Mapping NONE = new Dhis2Mapping(null, Map.of(), Map.of());

	/** Blank values read as not mapped, so that a form's empty field unmaps its figure. */
	Dhis2Mapping {
		dataSet = blankToNull(dataSet);
		dataElements = stripped(dataElements);
		orgUnits = stripped(orgUnits);
	}

	/** The org unit an area's values are imported under, with {@code orgUnitIdScheme=CODE}. */
	String orgUnit(String jurisdictionCode) {
		return orgUnits.getOrDefault(jurisdictionCode, jurisdictionCode);
	}

	/** What makes this mapping unusable, given the figures the report holds; empty when it can be kept. */
	List<FieldViolation> problems(Set<String> figures) {
		List<FieldViolation> problems = new ArrayList<>();
		if (dataSet != null && !UID.matcher(dataSet).matches()) {
			problems.add(new FieldViolation("dataSet", "uid", "report.dhis2.dataSet.uid", dataSet));
		}
		Map<String, String> figureOfElement = new HashMap<>();
		dataElements.forEach((figure, element) -> {
			String field = "dataElements." + figure;
			if (!figures.contains(figure)) {
				problems.add(new FieldViolation(field, "figure", "report.dhis2.dataElement.figure", figure));
			}
			else if (!UID.matcher(element).matches()) {
				problems.add(new FieldViolation(field, "uid", "report.dhis2.dataElement.uid", figure, element));
			}
			else {
				String taken = figureOfElement.putIfAbsent(element, figure);
				if (taken != null) {
					problems.add(new FieldViolation(field, "unique", "report.dhis2.dataElement.taken", element, taken));
				}
			}
		});
		orgUnits.forEach((area, code) -> {
			if (!ORG_UNIT_CODE.matcher(code).matches()) {
				problems.add(new FieldViolation("orgUnits." + area, "code", "report.dhis2.orgUnit.code", area));
			}
		});
		return problems;
	}

	private static Map<String, String> stripped(Map<String, String> values) {
		Map<String, String> kept = new TreeMap<>();
		if (values != null) {
			values.forEach((key, value) -> {
				String text = blankToNull(value);
				if (key != null && !key.isBlank() && text != null) {
					kept.put(key.strip(), text);
				}
			});
		}
		return Collections.unmodifiableMap(kept);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
