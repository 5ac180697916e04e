package org.bastion.observation;

/** What opened an alert: a temperature of 37.3 °C or more, or a symptom with a normal temperature. */
public enum AlertKind {
	FEVER, SYMPTOM
}
