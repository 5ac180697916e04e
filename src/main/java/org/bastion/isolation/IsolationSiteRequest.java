package org.bastion.isolation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A site to open.
 *
 * @param jurisdictionCode the place the site belongs to: whoever answers for it runs the site
 * @param staff names and phones of the site's staff, as written
 * @param clientId makes a retried submission store once
 */
public record IsolationSiteRequest(
		@NotBlank(message = "{site.name.required}") @Size(max = 100, message = "{site.name.size}") String name,
		@NotNull(message = "{site.kind.required}") IsolationSiteKind kind,
		@NotBlank(message = "{site.jurisdictionCode.required}") @Size(max = 24, message = "{site.jurisdictionCode.unknown}") String jurisdictionCode,
		@Size(max = 200, message = "{site.address.size}") String address,
		@Size(max = 500, message = "{site.staff.size}") String staff,
		@Size(max = 64, message = "{site.clientId.size}") String clientId) {

	public IsolationSiteRequest withClientId(String id) {
		return new IsolationSiteRequest(name, kind, jurisdictionCode, address, staff, id);
	}
}
