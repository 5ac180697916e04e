package org.bastion.isolation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A need to record for an occupant.
 *
 * @param clientId makes a retried submission store once
 */
record OccupantRequestInput(@NotNull(message = "{need.kind.required}") NeedKind need,
		@NotBlank(message = "{need.detail.required}") @Size(max = 200, message = "{need.detail.size}") String detail,
		@Size(max = 64, message = "{site.clientId.size}") String clientId) {
}
