package org.bastion.isolation;

import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/** The "new site" form as typed, read here so that each mistake is shown beside its field. */
record IsolationSiteForm(@Size(max = 100, message = "{site.name.size}") String name,
		@Size(max = 8, message = "{site.form.tooLong}") String kind,
		@Size(max = 24, message = "{site.jurisdictionCode.unknown}") String jurisdictionCode,
		@Size(max = 200, message = "{site.address.size}") String address,
		@Size(max = 500, message = "{site.staff.size}") String staff,
		@Size(max = 64, message = "{site.clientId.size}") String clientId) {

	static IsolationSiteForm empty(String jurisdictionCode) {
		return new IsolationSiteForm(null, IsolationSiteKind.HOTEL.name(), jurisdictionCode, null, null,
				UUID.randomUUID().toString());
	}

	IsolationSiteRequest toRequest(BindingResult binding) {
		if (blank(name)) {
			binding.rejectValue("name", "site.name.required");
		}
		if (blank(jurisdictionCode)) {
			binding.rejectValue("jurisdictionCode", "site.jurisdictionCode.required");
		}
		IsolationSiteKind chosen = null;
		try {
			chosen = blank(kind) ? null : IsolationSiteKind.valueOf(kind.strip());
		}
		catch (IllegalArgumentException unknown) {
			chosen = null;
		}
		if (chosen == null) {
			binding.rejectValue("kind", "site.kind.required");
		}
		return new IsolationSiteRequest(name, chosen, jurisdictionCode, address, staff, blank(clientId) ? null : clientId);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
