package org.bastion.rounds;

/** What a worker can record at a household's door; each outcome is also the status it leaves. */
public enum VisitOutcome {
	VISITED_NO_RETURNEES, VISITED_WITH_RETURNEES, NOBODY_HOME, REFUSED;

	public VisitStatus status() {
		return VisitStatus.valueOf(name());
	}
}
