package org.bastion.isolation;

/** What a central isolation site is in ordinary times. */
public enum IsolationSiteKind {
	HOTEL, SCHOOL, OTHER
}
