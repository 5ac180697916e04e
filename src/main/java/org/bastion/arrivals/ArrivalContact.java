package org.bastion.arrivals;

import jakarta.validation.constraints.Size;

/** A companion on the trip or a person met since arrival, as the arrival told the registrar. */
public record ArrivalContact(@Size(max = 50, message = "{arrival.contact.name.size}") String name,
		@Size(max = 24, message = "{arrival.contact.phone.shape}") String phone,
		@Size(max = 20, message = "{arrival.contact.relation.size}") String relation) {
}
