package org.bastion.isolation;

import org.bastion.observation.ObservationReleased;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Checks a person out of their room when their order is released, after the release's commit and with
 * no signed-in user; and keeps sites, stays and needs inside their place when the tree is rearranged.
 */
@Component
class StayReleases {

	private final StayDatabase stays;

	private final IsolationSiteDatabase sites;

	StayReleases(StayDatabase stays, IsolationSiteDatabase sites) {
		this.stays = stays;
		this.sites = sites;
	}

	@ApplicationModuleListener
	void on(ObservationReleased released) {
		stays.openOfObservation(released.observationId())
			.ifPresent(stay -> stays.close(stay.view().id(), StayEndReason.RELEASED, "system"));
	}

}
