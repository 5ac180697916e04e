package org.bastion.observation;

/** Where the person is observed: at home (居家医学观察) or at a central site (集中隔离点). */
public enum ObservationKind {
	HOME, SITE
}
