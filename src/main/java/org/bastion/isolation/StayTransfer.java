package org.bastion.isolation;

import jakarta.validation.constraints.NotNull;

/** Moving a person to another room, of the same site or another. */
record StayTransfer(@NotNull(message = "{stay.roomId.required}") Long roomId) {
}
