package org.bastion.observation;

/**
 * The sites an order at a site may name. Isolation keeps the sites and implements this, so that
 * observation needs nothing of isolation's and isolation may react to observation's events.
 */
public interface ObservationSites {

	/** Whether the site exists inside {@code scopePattern} (a subtree's LIKE pattern). */
	boolean holds(long siteId, String scopePattern);
}
