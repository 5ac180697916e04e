package org.bastion.isolation;

import java.util.List;

import org.bastion.observation.ObservationForStay;
import org.bastion.observation.ObservationView.ObservationKind;
import org.bastion.observation.Observations;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
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
 * Persons under site observation in the rooms of a site: check-in under {@link RoomCapacity}, transfer to
 * another room or site, and check-out by hand; a release checks the person out by itself
 * ({@link StayReleases}). One open stay per person.
 */
@Service
@Transactional
public class Stays {

	static final String STAY = "stay";

	private final StayDatabase stays;

	private final IsolationSiteDatabase sites;

	private final IsolationSites isolationSites;

	private final Observations observations;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final AccountNames names;

	private final FieldClock clock;

	Stays(StayDatabase stays, IsolationSiteDatabase sites, IsolationSites isolationSites, Observations observations,
			CurrentViewer viewer, AuditTrail audit, AccountNames names, FieldClock clock) {
		this.clock = clock;
		this.names = names;
		this.stays = stays;
		this.sites = sites;
		this.isolationSites = isolationSites;
		this.observations = observations;
		this.viewer = viewer;
		this.audit = audit;
	}

	/**
	 * Checks the person of an open site order into a room of the site.
	 *
	 * @throws ConflictException {@code room.full} naming the room, {@code stay.open.exists} with the stay
	 * the person has, or {@code observation.released}
	 * @throws InvalidInputException for a home order or a room of another site
	 */
	@PreAuthorize(Roles.HEALTH_WORKERS)
	public StayView checkIn(long siteId, StayRequest request) {
		String clientId = Idempotency.stored(request.clientId(), "site.clientId.size");
		if (clientId != null) {
			var earlier = stays.findByClientId(clientId);
			if (earlier.isPresent()) {
				viewer.requireVisible(earlier.get().sitePath(), STAY);
				return named(earlier.get().view()).asReplayed();
			}
		}
		IsolationSiteDatabase.Row site = isolationSites.load(siteId);
		viewer.requireWritable(site.path());
		ObservationForStay order = observations.forStay(request.observationId());
		if (!order.open()) {
			throw new ConflictException("observation.released", null, order.releasedOn());
		}
		if (order.kind() != ObservationKind.SITE) {
			throw new InvalidInputException(new FieldViolation("observationId", "kind", "stay.observation.notSite"));
		}
		IsolationSiteDatabase.Room room = lockedRoom(request.roomId(), siteId);
		stays.openOfPerson(order.personId()).ifPresent(open -> {
			throw new ConflictException("stay.open.exists", named(open.view()), open.view().siteName(),
					open.view().roomNumber());
		});
		requireBed(room);
		long id = insert(clientId, site, room, order);
		audit.record(AuditAction.CREATE, STAY + ":" + id, "observation:" + order.id() + " room:" + room.id());
		return named(load(id).view());
	}

	/**
	 * Moves the person to another room, of this site or another the viewer runs: the stay ends as
	 * transferred and a new one begins.
	 */
	@PreAuthorize(Roles.HEALTH_WORKERS)
	public StayView transfer(long stayId, StayTransfer transfer) {
		StayDatabase.Row stay = openStay(stayId);
		IsolationSiteDatabase.Room target = sites.room(transfer.roomId())
			.orElseThrow(() -> new InvalidInputException(new FieldViolation("roomId", "exists", "stay.room.unknown")));
		if (target.id() == stay.view().roomId()) {
			throw new InvalidInputException(new FieldViolation("roomId", "different", "stay.room.same"));
		}
		IsolationSiteDatabase.Row site = isolationSites.load(target.siteId());
		viewer.requireWritable(site.path());
		IsolationSiteDatabase.Room room = lockedRoom(target.id(), target.siteId());
		requireBed(room);
		if (!stays.close(stayId, StayEndReason.TRANSFERRED, viewer.get().username())) {
			throw new ConflictException("stay.closed", null);
		}
		ObservationForStay order = observations.forStay(stay.view().observationId());
		long id = insert(null, site, room, order);
		audit.record(AuditAction.UPDATE, STAY + ":" + stayId, "transfer:" + id);
		return named(load(id).view());
	}

	/** Checks the person out by hand, with why. */
	@PreAuthorize(Roles.HEALTH_WORKERS)
	public StayView checkOut(long stayId, StayCheckOut checkOut) {
		if (checkOut.reason() == StayEndReason.TRANSFERRED) {
			throw new InvalidInputException(new FieldViolation("reason", "known", "stay.reason.transfer"));
		}
		openStay(stayId);
		if (!stays.close(stayId, checkOut.reason(), viewer.get().username())) {
			throw new ConflictException("stay.closed", null);
		}
		audit.record(AuditAction.UPDATE, STAY + ":" + stayId, "checkOut:" + checkOut.reason());
		return named(load(stayId).view());
	}

	/** One stay, seen by whoever runs its site or answers for its person. */
	@Transactional(readOnly = true)
	public StayView find(long stayId) {
		return named(load(stayId).view());
	}

	StayDatabase.Row openStay(long stayId) {
		StayDatabase.Row stay = load(stayId);
		viewer.requireWritable(stay.sitePath());
		if (!stay.view().open()) {
			throw new ConflictException("stay.closed", named(stay.view()));
		}
		return stay;
	}

	private StayDatabase.Row load(long id) {
		return stays.find(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(STAY));
	}

	private IsolationSiteDatabase.Room lockedRoom(long roomId, long siteId) {
		return sites.lockRoom(roomId)
			.filter(room -> room.siteId() == siteId)
			.orElseThrow(() -> new InvalidInputException(new FieldViolation("roomId", "exists", "stay.room.unknown")));
	}

	private void requireBed(IsolationSiteDatabase.Room room) {
		if (RoomCapacity.of(room.beds(), stays.occupied(room.id())) instanceof RoomCapacity.Full full) {
			throw new ConflictException("room.full", null, room.number(), full.beds());
		}
	}

	private long insert(String clientId, IsolationSiteDatabase.Row site, IsolationSiteDatabase.Room room,
			ObservationForStay order) {
		try {
			long id = stays.insert(new StayDatabase.NewRow(clientId, site.view().id(), room.id(), order.id(), order.personId(),
					order.personName(), viewer.get().username(), site.path(), order.jurisdictionPath(), clock.instant()));
			observations.movedToSite(order.id(), site.view().id());
			return id;
		}
		catch (DuplicateKeyException raced) {
			// The person was checked in elsewhere, or the same client id stored, between our check and insert.
			throw new ConflictException("stay.open.raced", null);
		}
	}

	private StayView named(StayView stay) {
		return StayView.named(List.of(stay), names).getFirst();
	}
}
