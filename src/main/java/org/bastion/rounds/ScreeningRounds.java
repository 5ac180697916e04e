package org.bastion.rounds;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.Households;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.Roles;
import org.bastion.shared.Viewer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening rounds (地毯式排查): HQ opens one over an area with a deadline, every household of the area
 * becomes a visit for its grid, and HQ closes it when the walking is done.
 */
@Service
@Transactional
public class ScreeningRounds {

	static final String ROUND = "screening-round";

	/** Households copied per batch: a county of 300,000 opens in a few hundred round trips. */
	static final int BATCH = 1_000;

	/** A deadline further than this either way is a typing mistake, not a plan. */
	private static final int DEADLINE_RANGE_DAYS = 366;

	private static final int LIST_LIMIT = 200;

	private final RoundDatabase rounds;

	private final VisitDatabase visits;

	private final Households households;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final FieldClock clock;

	private final AccountNames names;

	ScreeningRounds(RoundDatabase rounds, VisitDatabase visits, Households households, Jurisdictions jurisdictions,
			CurrentViewer viewer, AuditTrail audit, ApplicationEventPublisher events,
			FieldClock clock, AccountNames names) {
		this.names = names;
		this.rounds = rounds;
		this.visits = visits;
		this.households = households;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Opens the next round over an area: every household at or below it becomes a pending visit stamped
	 * with the household's place. A repeated client id returns the round it opened.
	 */
	@PreAuthorize(Roles.AREA_MANAGERS)
	public ScreeningRound open(RoundOpening request) {
		String clientId = Idempotency.stored(request.clientId(), "round.clientId.size");
		if (clientId != null) {
			var earlier = rounds.findByClientId(clientId);
			if (earlier.isPresent()) {
				return find(earlier.get());
			}
		}
		String code = request.jurisdictionCode().strip();
		Jurisdiction area = jurisdictions.find(code)
			.orElseThrow(() -> new InvalidInputException(
					new FieldViolation("jurisdictionCode", "exists", "round.jurisdictionCode.unknown", code)));
		viewer.requireWritable(area.path());
		LocalDate today = clock.today();
		if (Math.abs(request.deadline().toEpochDay() - today.toEpochDay()) > DEADLINE_RANGE_DAYS) {
			throw new InvalidInputException(new FieldViolation("deadline", "range", "round.deadline.range"));
		}
		int number = rounds.nextNumber(area.code());
		long id;
		try {
			id = rounds.insert(area.code(), area.path(), number, blankToNull(request.name()), request.deadline(),
					clientId, viewer.get().username(), clock.instant());
		}
		catch (DuplicateKeyException raced) {
			// Someone opened a round over the same area (or sent the same client id) at the same moment.
			throw new ConflictException("round.concurrent", null);
		}
		int[] count = { 0 };
		households.forEachIn(area.path(), BATCH, page -> {
			visits.insertAll(id, page);
			count[0] += page.size();
		});
		rounds.setHouseholds(id, count[0]);
		events.publishEvent(new ScreeningRoundOpened(id, number, area.code(), area.path().value(), request.deadline(),
				count[0]));
		audit.record(AuditAction.CREATE, target(id), area.code() + " #" + number + " households=" + count[0]);
		RoundRow opened = load(id);
		return opened.view(area.name(), names.namer(opened.openedBy(), opened.closedBy()));
	}

	/** Rounds concerning the viewer's area, narrowed to those over or under {@code jurisdictionCode} when given. */
	@Transactional(readOnly = true)
	public List<ScreeningRound> list(String jurisdictionCode) {
		JurisdictionPath scope = viewer.get().scope();
		JurisdictionPath area = blankToNull(jurisdictionCode) == null ? scope
				: jurisdictions.visible(jurisdictionCode.strip()).path();
		List<RoundRow> found = rounds.overlapping(scope, area, LIST_LIMIT);
		UnaryOperator<String> named = names
			.namer(found.stream().flatMap(round -> Stream.of(round.openedBy(), round.closedBy())).toList());
		return found.stream().map(round -> view(round, named)).toList();
	}

	@Transactional(readOnly = true)
	public ScreeningRound find(long id) {
		return view(load(id));
	}

	/** Closes a round: no outcome is recorded after this. Closing a closed round changes nothing. */
	@PreAuthorize(Roles.AREA_MANAGERS)
	public ScreeningRound close(long id) {
		RoundRow round = load(id);
		viewer.requireWritable(round.jurisdictionPath());
		if (round.status() == RoundStatus.OPEN) {
			rounds.close(id, viewer.get().username(), clock.instant());
			audit.record(AuditAction.UPDATE, target(id), "close");
		}
		return find(id);
	}

	/** A round the viewer has a part in (it covers their area, or lies inside it), or not found. */
	RoundRow load(long id) {
		RoundRow round = rounds.find(id).orElseThrow(() -> new NotFoundException(ROUND));
		if (!concerns(viewer.get(), round.jurisdictionPath())) {
			throw new NotFoundException(ROUND);
		}
		return round;
	}

	/**
	 * The part of a round the viewer answers for: the round's area, or the viewer's own area when it lies
	 * inside the round's.
	 */
	JurisdictionPath viewerPart(RoundRow round) {
		JurisdictionPath scope = viewer.get().scope();
		return round.jurisdictionPath().contains(scope) ? scope : round.jurisdictionPath();
	}

	LocalDate today() {
		return clock.today();
	}

	static boolean concerns(Viewer viewer, JurisdictionPath area) {
		return viewer.canSee(area) || area.contains(viewer.scope());
	}

	static String target(long id) {
		return ROUND + ":" + id;
	}

	private ScreeningRound view(RoundRow round) {
		return view(round, names.namer(round.openedBy(), round.closedBy()));
	}

	private ScreeningRound view(RoundRow round, UnaryOperator<String> named) {
		String place = jurisdictions.find(round.jurisdictionCode())
			.map(Jurisdiction::name)
			.orElse(round.jurisdictionCode());
		return round.view(place, named);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
