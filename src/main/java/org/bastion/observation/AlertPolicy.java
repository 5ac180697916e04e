package org.bastion.observation;

import java.math.BigDecimal;
import java.util.Set;

import org.bastion.observation.AlertView.AlertKind;

/** Whether a reading calls for an alert: 37.3 °C or more is a fever; any symptom counts too. */
public final class AlertPolicy {

	public static final BigDecimal FEVER_FROM = new BigDecimal("37.3");

	/** The outcome of looking at one reading. */
	public sealed interface Assessment {
	}

	/** Nothing to follow up. */
	public record Normal() implements Assessment {
	}

	/** Open an alert of this kind. */
	public record Abnormal(AlertKind kind) implements Assessment {
	}

	private AlertPolicy() {
	}

	public static Assessment assess(BigDecimal temperature, Set<Symptom> symptoms) {
		if (temperature.compareTo(FEVER_FROM) >= 0) {
			return new Abnormal(AlertKind.FEVER);
		}
		if (!symptoms.isEmpty()) {
			return new Abnormal(AlertKind.SYMPTOM);
		}
		return new Normal();
	}

	public static boolean abnormal(BigDecimal temperature, Set<Symptom> symptoms) {
		return assess(temperature, symptoms) instanceof Abnormal;
	}
}
