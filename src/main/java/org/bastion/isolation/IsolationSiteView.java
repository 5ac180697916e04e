package org.bastion.isolation;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.bastion.shared.AccountNames;

/**
 * A site with its occupancy.
 *
 * @param staff names and phones of the staff, as written
 * @param createdByName the display name of who opened it ({@code createdBy} is the login)
 */
public record IsolationSiteView(long id, String name, IsolationSiteKind kind, String jurisdictionCode,
		String address, String staff, int rooms, int beds, int occupied, String createdBy, String createdByName,
		Instant createdAt) {

	/** The sites with their openers' display names, looked up once for them all. */
	static List<IsolationSiteView> named(List<IsolationSiteView> sites, AccountNames names) {
		UnaryOperator<String> name = names.namer(sites.stream().map(IsolationSiteView::createdBy).toList());
		return sites.stream()
			.map(s -> new IsolationSiteView(s.id, s.name, s.kind, s.jurisdictionCode, s.address, s.staff, s.rooms,
					s.beds, s.occupied, s.createdBy, name.apply(s.createdBy), s.createdAt))
			.toList();
	}

	@JsonProperty
	public int free() {
		return Math.max(0, beds - occupied);
	}
}
