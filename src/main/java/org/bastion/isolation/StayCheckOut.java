package org.bastion.isolation;

import jakarta.validation.constraints.NotNull;

/** Checking a person out by hand, and why; a release checks them out by itself. */
record StayCheckOut(@NotNull(message = "{stay.reason.required}") StayEndReason reason) {
}
