package org.bastion.isolation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.observation.ObservationSites;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.Roles;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Central isolation sites (集中隔离点) of the viewer's area: HQ opens them and adds rooms; everyone in the
 * area reads them with their rooms, occupants, open needs and occupancy. Stays are {@link Stays}'
 * business, needs {@link OccupantRequests}'.
 */
@Service
@Transactional
public class IsolationSites implements ObservationSites {

	static final String SITE = "isolation-site";

	/** County and township HQ run sites. */

	private final IsolationSiteDatabase sites;

	private final StayDatabase stays;

	private final OccupantRequestDatabase requests;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final AccountNames names;

	IsolationSites(IsolationSiteDatabase sites, StayDatabase stays, OccupantRequestDatabase requests,
			Jurisdictions jurisdictions, CurrentViewer viewer, AuditTrail audit, AccountNames names) {
		this.names = names;
		this.sites = sites;
		this.stays = stays;
		this.requests = requests;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.audit = audit;
	}

	/**
	 * Opens a site in a place of the viewer's area; the same client id again returns the first site.
	 *
	 * @throws ConflictException {@code site.name.taken} when the place has a site of that name
	 */
	@PreAuthorize(Roles.AREA_MANAGERS)
	public IsolationSiteView create(IsolationSiteRequest request) {
		String clientId = Idempotency.stored(request.clientId(), "site.clientId.size");
		if (clientId != null) {
			var earlier = sites.findByClientId(clientId);
			if (earlier.isPresent()) {
				viewer.requireVisible(earlier.get().path(), SITE);
				return named(earlier.get().view());
			}
		}
		Jurisdiction place = jurisdictions.find(request.jurisdictionCode().strip())
			.orElseThrow(() -> new InvalidInputException(
					new FieldViolation("jurisdictionCode", "exists", "site.jurisdictionCode.unknown")));
		viewer.requireWritable(place.path());
		String name = request.name().strip();
		sites.findByName(place.code(), name).ifPresent(same -> {
			throw new ConflictException("site.name.taken", viewFor(same), name);
		});
		long id;
		try {
			id = sites.insert(request, clientId, place.code(), place.path(), viewer.get().username());
		}
		catch (DuplicateKeyException raced) {
			throw new ConflictException("site.name.taken", null, name);
		}
		audit.record(AuditAction.CREATE, SITE + ":" + id, place.code());
		return named(load(id).view());
	}

	/** Sites of the viewer's area, or of a place inside it, with their occupancy. */
	@Transactional(readOnly = true)
	public List<IsolationSiteView> list(String jurisdictionCode) {
		List<IsolationSiteView> found = sites.list(jurisdictions.scopePattern(jurisdictionCode))
			.stream()
			.map(IsolationSiteDatabase.Row::view)
			.toList();
		return IsolationSiteView.named(found, names);
	}

	/** A site with its rooms and who is in them, and the needs not yet met; audited as a view. */
	public IsolationSiteDetail find(long id) {
		IsolationSiteDatabase.Row site = load(id);
		Map<Long, List<StayView>> byRoom = StayView.named(stays.openInSite(id), names)
			.stream()
			.collect(Collectors.groupingBy(StayView::roomId));
		List<RoomView> rooms = sites.rooms(id)
			.stream()
			.map(room -> new RoomView(room.id(), id, room.number(), room.beds(), byRoom.getOrDefault(room.id(), List.of())))
			.toList();
		audit.record(AuditAction.VIEW, SITE + ":" + id, null);
		return new IsolationSiteDetail(named(site.view()), rooms,
				OccupantRequestView.named(requests.openInSite(id), names));
	}

	/**
	 * Adds a room.
	 *
	 * @throws ConflictException {@code room.number.taken} when the site has a room of that number
	 */
	@PreAuthorize(Roles.AREA_MANAGERS)
	public RoomView addRoom(long siteId, RoomRequest request) {
		IsolationSiteDatabase.Row site = load(siteId);
		viewer.requireWritable(site.path());
		String number = request.number().strip();
		if (sites.roomByNumber(siteId, number).isPresent()) {
			throw new ConflictException("room.number.taken", null, number);
		}
		long id;
		try {
			id = sites.insertRoom(siteId, number, request.beds());
		}
		catch (DuplicateKeyException raced) {
			throw new ConflictException("room.number.taken", null, number);
		}
		audit.record(AuditAction.CREATE, SITE + ":" + siteId, "room:" + id);
		return new RoomView(id, siteId, number, request.beds(), List.of());
	}

	/** Beds, occupied and free per site of the viewer's area (or a place inside it), and in total. */
	@Transactional(readOnly = true)
	public Occupancy occupancy(String jurisdictionCode) {
		return Occupancy.of(list(jurisdictionCode).stream()
			.map(s -> new OccupancyLine(s.id(), s.name(), s.jurisdictionCode(), s.beds(), s.occupied(), s.free()))
			.toList());
	}

	IsolationSiteDatabase.Row load(long id) {
		return sites.find(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(SITE));
	}

	/** A site the viewer may see is returned to them; one outside their area is named only by the conflict. */
	private IsolationSiteView viewFor(IsolationSiteDatabase.Row site) {
		return viewer.get().canSee(site.path()) ? named(site.view()) : null;
	}

	private IsolationSiteView named(IsolationSiteView site) {
		return IsolationSiteView.named(List.of(site), names).getFirst();
	}

	@Override
	public boolean holds(long siteId, String scopePattern) {
		return sites.find(siteId, scopePattern).isPresent();
	}
}
