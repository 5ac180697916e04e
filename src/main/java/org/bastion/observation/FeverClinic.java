package org.bastion.observation;

/**
 * A fever clinic (发热门诊) HQ keeps for an area, to which an alert's person is referred.
 *
 * @param areaName the name of the area it serves, as the tree names it now
 * @param replayed true when an add with the same client id answered the clinic added the first time
 */
record FeverClinic(long id, String name, String address, String phone, String jurisdictionCode, String areaName,
		boolean active, boolean replayed) {

	/** This clinic with the name of its area. */
	FeverClinic inArea(String name) {
		return new FeverClinic(id, this.name, address, phone, jurisdictionCode, name, active, replayed);
	}

	FeverClinic asReplayed() {
		return new FeverClinic(id, name, address, phone, jurisdictionCode, areaName, active, true);
	}
}
