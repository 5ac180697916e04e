package org.bastion.observation;

/** What was done about an alert when it was closed. */
public enum AlertAction {
	REFERRED_TO_FEVER_CLINIC, RECHECKED_NORMAL, OTHER
}
