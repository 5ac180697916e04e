package org.bastion.isolation;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A room of a site with who is in it now. */
public record RoomView(long id, long siteId, String number, int beds, List<StayView> occupants) {

	@JsonProperty
	public int occupied() {
		return occupants.size();
	}

	@JsonProperty
	public int free() {
		return Math.max(0, beds - occupants.size());
	}
}
