package org.bastion.health;

/** What a central isolation site is in ordinary times. */
public enum IsolationSiteKind {
	HOTEL, SCHOOL, OTHER
}
