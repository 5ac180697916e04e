package org.bastion.cases;

/** Where a case stands: suspected (疑似), confirmed (确诊), asymptomatic (无症状感染者), or an outcome. */
public enum CaseStatus {
	SUSPECTED, CONFIRMED, ASYMPTOMATIC, RECOVERED, DIED;

	public boolean outcome() {
		return this == RECOVERED || this == DIED;
	}
}
