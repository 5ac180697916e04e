package org.bastion.cases;

/**
 * The new-case form as typed: text, so that a wrong date or status is shown back beside its field
 * rather than refused before the page can say which one.
 */
record CaseForm(String idNumber, String status, String onsetDate, String confirmedDate, String hospital,
		String clientId) {
}
