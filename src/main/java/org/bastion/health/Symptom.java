package org.bastion.health;

/** The symptoms a check records; any of them opens an alert. */
public enum Symptom {
	FEVER, COUGH, SORE_THROAT, FATIGUE, SHORTNESS_OF_BREATH, DIARRHOEA, LOSS_OF_TASTE_OR_SMELL, OTHER
}
