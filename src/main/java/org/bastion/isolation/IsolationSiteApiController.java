package org.bastion.isolation;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.bastion.shared.Idempotency;
import org.bastion.shared.Slice;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Isolation sites", description = "Central isolation sites, rooms, stays, occupancy and occupants' needs")
class IsolationSiteApiController {

	private final IsolationSites sites;

	private final Stays stays;

	private final OccupantRequests requests;

	IsolationSiteApiController(IsolationSites sites, Stays stays, OccupantRequests requests) {
		this.sites = sites;
		this.stays = stays;
		this.requests = requests;
	}

	@PostMapping("/api/v1/isolation-sites")
	@Operation(summary = "Open a site", description = "HQ only; 409 when the place has a site of that name; a repeated "
			+ "clientId or Idempotency-Key returns the first site.")
	ResponseEntity<IsolationSiteView> create(@Valid @RequestBody IsolationSiteRequest body,
			@RequestHeader(name = Idempotency.KEY, required = false) String key) {
		IsolationSiteRequest request = body
			.withClientId(Idempotency.clientId(key, body.clientId(), "site.clientId.size"));
		IsolationSiteView site = sites.create(request);
		return ResponseEntity.created(URI.create("/api/v1/isolation-sites/" + site.id())).body(site);
	}

	@GetMapping("/api/v1/isolation-sites")
	@Operation(summary = "Sites in the caller's area with their occupancy")
	Slice<IsolationSiteView> list(@RequestParam(required = false) String jurisdiction) {
		return Slice.whole(sites.list(jurisdiction));
	}

	@GetMapping("/api/v1/isolation-sites/occupancy")
	@Operation(summary = "Beds, occupied and free per site and in total", description = "For the caller's area or a place in it.")
	Occupancy occupancy(@RequestParam(required = false) String jurisdiction) {
		return sites.occupancy(jurisdiction);
	}

	@GetMapping("/api/v1/isolation-sites/{id}")
	@Operation(summary = "A site with its rooms, occupants and open needs")
	IsolationSiteDetail find(@PathVariable long id) {
		return sites.find(id);
	}

	@PostMapping("/api/v1/isolation-sites/{id}/rooms")
	@Operation(summary = "Add a room", description = "1 to 20 beds; 409 when the site has a room of that number.")
	ResponseEntity<RoomView> addRoom(@PathVariable long id, @Valid @RequestBody RoomRequest body) {
		return ResponseEntity.status(201).body(sites.addRoom(id, body));
	}

	@PostMapping("/api/v1/isolation-sites/{id}/stays")
	@Operation(summary = "Check a person with a site order into a room",
			description = "409 room.full naming the room when every bed is taken; 409 stay.open.exists with the stay the "
					+ "person has; 400 for a home order.")
	ResponseEntity<StayView> checkIn(@PathVariable long id, @Valid @RequestBody StayRequest body) {
		StayView stay = stays.checkIn(id, body);
		return ResponseEntity.status(stay.replayed() ? 200 : 201).body(stay);
	}

	@GetMapping({ "/api/v1/stays/{stayId}", "/api/v1/isolation-sites/stays/{stayId}" })
	@Operation(summary = "A stay")
	StayView stay(@PathVariable long stayId) {
		return stays.find(stayId);
	}

	@PostMapping({ "/api/v1/stays/{stayId}/transfer", "/api/v1/isolation-sites/stays/{stayId}/transfer" })
	@Operation(summary = "Move the person to another room", description = "The stay ends as transferred and a new one begins.")
	ResponseEntity<StayView> transfer(@PathVariable long stayId, @Valid @RequestBody StayTransfer body) {
		return ResponseEntity.status(201).body(stays.transfer(stayId, body));
	}

	@PostMapping({ "/api/v1/stays/{stayId}/check-out", "/api/v1/isolation-sites/stays/{stayId}/check-out" })
	@Operation(summary = "Check the person out by hand", description = "A release checks them out by itself.")
	StayView checkOut(@PathVariable long stayId, @Valid @RequestBody StayCheckOut body) {
		return stays.checkOut(stayId, body);
	}

	@PostMapping({ "/api/v1/stays/{stayId}/requests", "/api/v1/isolation-sites/stays/{stayId}/requests" })
	@Operation(summary = "Record an occupant's need", description = "FOOD, MEDICINE, ITEMS, COUNSELLING or OTHER, with what exactly.")
	ResponseEntity<OccupantRequestView> request(@PathVariable long stayId, @Valid @RequestBody OccupantRequestInput body) {
		return ResponseEntity.status(201).body(requests.add(stayId, body));
	}

	@GetMapping("/api/v1/isolation-sites/{id}/requests")
	@Operation(summary = "Needs of a site's occupants not yet met, oldest first")
	Slice<OccupantRequestView> openRequests(@PathVariable long id) {
		return Slice.whole(requests.openInSite(id));
	}

	@PostMapping("/api/v1/occupant-requests/{id}/fulfil")
	@Operation(summary = "Mark a need met, with what was done", description = "409 when fulfilled already.")
	OccupantRequestView fulfil(@PathVariable long id, @Valid @RequestBody OccupantRequestFulfilment body) {
		return requests.fulfil(id, body);
	}

}
