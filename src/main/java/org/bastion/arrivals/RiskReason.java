package org.bastion.arrivals;

import java.util.ArrayList;
import java.util.List;

/**
 * Why an arrival has its level: which rule fired, the level it gave, and the designated area behind it.
 *
 * @param detail what matched: the plate's province character, or the ID number's region code
 */
record RiskReason(Code code, RiskLevel level, String areaCode, String areaName, String detail) {

	/** The rules of {@link RiskPolicy}; the UI says each as {@code arrival.reason.<CODE>}. */
	public enum Code {
		ORIGIN, PLATE, ID_HINT
	}

	private static final String FIELD = "|";

	private static final String LINE = "\n";

	/** The column form: one reason per line, fields split by a bar neither codes nor names contain. */
	static String encode(List<RiskReason> reasons) {
		List<String> lines = new ArrayList<>();
		for (RiskReason r : reasons) {
			lines.add(String.join(FIELD, r.code.name(), r.level.name(), r.areaCode, clean(r.areaName),
					r.detail == null ? "" : clean(r.detail)));
		}
		String text = String.join(LINE, lines);
		return text.length() > 1000 ? text.substring(0, 1000) : text;
	}

	static List<RiskReason> decode(String column) {
		List<RiskReason> reasons = new ArrayList<>();
		if (column == null || column.isBlank()) {
			return reasons;
		}
		for (String line : column.split(LINE)) {
			String[] f = line.split("\\|", -1);
			if (f.length == 5) {
				reasons.add(new RiskReason(Code.valueOf(f[0]), RiskLevel.valueOf(f[1]), f[2], f[3],
						f[4].isEmpty() ? null : f[4]));
			}
		}
		return reasons;
	}

	private static String clean(String text) {
		return text.replace(FIELD, " ").replace(LINE, " ");
	}
}
