package org.bastion.isolation;

import java.util.List;

import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.Idempotency;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What occupants of a site ask for (food, medicine, items, counselling), recorded by staff and listed per
 * site, oldest first, until someone fulfils them with a note of what was done.
 */
@Service
@Transactional
class OccupantRequests {

	static final String REQUEST = "occupant-request";

	private final OccupantRequestDatabase requests;

	private final Stays stays;

	private final IsolationSites sites;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final AccountNames names;

	OccupantRequests(OccupantRequestDatabase requests, Stays stays, IsolationSites sites, CurrentViewer viewer,
			AuditTrail audit, AccountNames names) {
		this.names = names;
		this.requests = requests;
		this.stays = stays;
		this.sites = sites;
		this.viewer = viewer;
		this.audit = audit;
	}

	/** Records a need of the occupant of an open stay; the same client id again stores nothing new. */
	@PreAuthorize(Roles.HEALTH_WORKERS)
	public OccupantRequestView add(long stayId, OccupantRequestInput input) {
		String clientId = Idempotency.stored(input.clientId(), "site.clientId.size");
		if (clientId != null) {
			var earlier = requests.findByClientId(clientId);
			if (earlier.isPresent()) {
				viewer.requireVisible(earlier.get().path(), REQUEST);
				return named(earlier.get().view());
			}
		}
		StayDatabase.Row stay = stays.openStay(stayId);
		long id = requests.insert(clientId, stayId, stay.view().siteId(), input.need(), input.detail().strip(),
				viewer.get().username(), stay.sitePath());
		audit.record(AuditAction.CREATE, REQUEST + ":" + id, "stay:" + stayId + " " + input.need());
		return named(load(id).view());
	}

	/** The needs of a site's occupants not yet met, oldest first. */
	@Transactional(readOnly = true)
	public List<OccupantRequestView> openInSite(long siteId) {
		sites.load(siteId);
		return OccupantRequestView.named(requests.openInSite(siteId), names);
	}

	/**
	 * Marks a need met.
	 *
	 * @throws ConflictException {@code need.fulfilled} when someone fulfilled it already
	 */
	@PreAuthorize(Roles.HEALTH_WORKERS)
	public OccupantRequestView fulfil(long id, OccupantRequestFulfilment fulfilment) {
		OccupantRequestDatabase.Row request = load(id);
		viewer.requireWritable(request.path());
		if (!request.view().open() || !requests.fulfil(id, fulfilment.note().strip(), viewer.get().username())) {
			throw new ConflictException("need.fulfilled", named(load(id).view()));
		}
		audit.record(AuditAction.UPDATE, REQUEST + ":" + id, "fulfil");
		return named(load(id).view());
	}

	private OccupantRequestDatabase.Row load(long id) {
		return requests.find(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(REQUEST));
	}

	private OccupantRequestView named(OccupantRequestView request) {
		return OccupantRequestView.named(List.of(request), names).getFirst();
	}
}
