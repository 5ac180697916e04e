package org.bastion.observation;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The symptoms a check records; any of them opens an alert. */
public enum Symptom {
	FEVER, COUGH, SORE_THROAT, FATIGUE, SHORTNESS_OF_BREATH, DIARRHOEA, LOSS_OF_TASTE_OR_SMELL, OTHER;

	/** As a column holds them: names in a fixed order, comma-separated, empty for none. */
	public static String toColumn(Set<Symptom> symptoms) {
		return symptoms.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

	public static Set<Symptom> fromColumn(String column) {
		if (column == null || column.isBlank()) {
			return Set.of();
		}
		EnumSet<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
		Arrays.stream(column.split(",")).map(Symptom::valueOf).forEach(symptoms::add);
		return Set.copyOf(symptoms);
	}
}
