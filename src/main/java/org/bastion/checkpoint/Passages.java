package org.bastion.checkpoint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.bastion.arrivals.RiskLevel;
import org.bastion.arrivals.TripChecks;
import org.bastion.jurisdiction.Divisions;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.People;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.BehindSavepoint;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.Masking;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Roles;
import org.bastion.shared.Slice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vehicles and people on foot registered at a checkpoint of the viewer's area (卡点登记): each passage
 * with its occupants' temperatures, where they come from and go to, and what the staff did with them,
 * checked by {@link PassagePolicy} and assessed for risk by the plate's province and the origin the way
 * arrivals are ({@link TripChecks}). An occupant whose ID number someone of the county holds is linked to that
 * person (their timeline shows the passage); what the occupants leave to do is opened by {@link FollowUps}.
 */
@Service
@Transactional(readOnly = true)
public class Passages {

	static final String PASSAGE = "passage";

	private final PassageDatabase passages;

	private final CheckpointDatabase checkpoints;

	private final TripChecks trips;

	private final Divisions divisions;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final AccountNames names;

	private final FieldClock clock;

	private final ApplicationEventPublisher events;

	private final People people;

	private final FollowUps followUps;

	Passages(PassageDatabase passages, CheckpointDatabase checkpoints, TripChecks trips, Divisions divisions,
			Jurisdictions jurisdictions, CurrentViewer viewer, AuditTrail audit, AccountNames names, FieldClock clock,
			ApplicationEventPublisher events, People people, FollowUps followUps) {
		this.people = people;
		this.followUps = followUps;
		this.passages = passages;
		this.checkpoints = checkpoints;
		this.trips = trips;
		this.divisions = divisions;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.audit = audit;
		this.names = names;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Registers a passage at an open checkpoint of the viewer's area; the same client id again returns the
	 * first one, wherever it was stored.
	 *
	 * @throws NotFoundException for a checkpoint outside the viewer's area
	 * @throws InvalidInputException naming every broken rule of {@link PassagePolicy} and every unknown place
	 * @throws ConflictException {@code passage.checkpoint.closed} when the checkpoint is not staffed today
	 */
	@Transactional
	@PreAuthorize(Roles.PASSAGE_REGISTRARS)
	public PassageView register(long checkpointId, NewPassage request) {
		String clientId = Idempotency.stored(request.clientId(), "passage.clientId.size");
		CheckpointDatabase.Row checkpoint = checkpoint(checkpointId);
		if (clientId != null) {
			Optional<PassageDatabase.Row> earlier = passages.findByClientId(clientId);
			if (earlier.isPresent()) {
				return replay(earlier.get());
			}
		}
		viewer.requireWritable(checkpoint.path());
		LocalDate today = clock.today();
		PassagePolicy.Accepted passage = accepted(checkpoint.level(), request, today);
		if (!checkpoint.openOn(today)) {
			throw new ConflictException("passage.checkpoint.closed", null, checkpoint.name());
		}
		List<RiskLevel> risks = new ArrayList<>();
		List<Long> persons = new ArrayList<>();
		RiskLevel highest = RiskLevel.NONE;
		for (PassagePolicy.Person person : passage.occupants()) {
			RiskLevel risk = trips.risk(person.originCode(), passage.plate(), today);
			risks.add(risk);
			highest = RiskLevel.max(highest, risk);
			persons.add(people.holderOf(person.idNumber()).orElse(null));
		}
		Instant now = clock.instant();
		var draft = new PassageDatabase.Draft(clientId, checkpoint.id(), passage,
				risks.stream().map(RiskLevel::name).toList(), persons, highest.name(), today, now,
				checkpoint.jurisdictionCode(), checkpoint.path(), viewer.get().username());
		Optional<Long> inserted = BehindSavepoint.insertUnlessTaken(() -> passages.insert(draft));
		if (inserted.isEmpty()) {
			// The same client id committed between our look-up and insert: that passage it is.
			return replay(passages.findByClientId(clientId)
				.orElseThrow(() -> new IllegalStateException("A client id of a passage was taken by no passage")));
		}
		long id = inserted.get();
		followUps.openFor(id, checkpoint, passage, risks, now);
		events.publishEvent(new PassageRegistered(id, checkpoint.id(), checkpoint.jurisdictionCode(),
				checkpoint.path().value(), today, now, passage.vehicleType(), passage.plateProvince(), passage.outcome(),
				passage.occupants().size(), passage.fevers(), highest.name()));
		audit.record(AuditAction.CREATE, PASSAGE + ":" + id, Checkpoints.CHECKPOINT + ":" + checkpoint.id());
		return views(List.of(passages.find(id).orElseThrow())).getFirst();
	}

	/** A checkpoint's passages of a day (today when absent), in the order they were registered, a page at a time. */
	public Slice<PassageView> list(long checkpointId, LocalDate day, String cursor, Integer limit) {
		CheckpointDatabase.Row checkpoint = checkpoint(checkpointId);
		PageRequest page = PageRequest.of(cursor, limit, "passage.cursor.invalid");
		List<PassageDatabase.Row> rows = passages.list(checkpoint.id(), day == null ? clock.today() : day,
				viewer.scopePattern(), page.after(), page.fetch());
		Slice<PassageDatabase.Row> slice = page.slice(rows, PassageDatabase.Row::id);
		return new Slice<>(views(slice.items()), slice.nextCursor());
	}

	/** A checkpoint's figures of a day (today when absent), per hour of the field's clock and by plate province. */
	public PassageStats stats(long checkpointId, LocalDate day) {
		CheckpointDatabase.Row checkpoint = checkpoint(checkpointId);
		LocalDate date = day == null ? clock.today() : day;
		List<PassageDatabase.Counted> counted = passages.counted(checkpoint.id(), date);
		java.util.TreeMap<Integer, List<PassageDatabase.Counted>> byHour = new java.util.TreeMap<>();
		java.util.Map<String, Integer> provinces = new java.util.HashMap<>();
		for (PassageDatabase.Counted c : counted) {
			byHour.computeIfAbsent(clock.local(c.passedAt()).getHour(), h -> new ArrayList<>()).add(c);
			if (c.plateProvince() != null) {
				provinces.merge(c.plateProvince(), 1, Integer::sum);
			}
		}
		List<PassageStats.Hour> hours = byHour.entrySet().stream()
			.map(e -> new PassageStats.Hour(e.getKey(), counts(e.getValue())))
			.toList();
		List<PassageStats.Province> plates = provinces.entrySet().stream()
			.map(e -> new PassageStats.Province(e.getKey(), e.getValue()))
			.sorted(java.util.Comparator.comparingInt(PassageStats.Province::vehicles).reversed()
				.thenComparing(PassageStats.Province::province))
			.toList();
		return new PassageStats(checkpoint.id(), date, counts(counted), hours, plates);
	}

	private static PassageStats.Counts counts(List<PassageDatabase.Counted> passages) {
		int vehicles = 0, persons = 0, turnedBack = 0, fevers = 0, referrals = 0;
		for (PassageDatabase.Counted c : passages) {
			vehicles += c.vehicleType() == PassageVehicle.ON_FOOT ? 0 : 1;
			persons += c.occupants();
			turnedBack += c.outcome() == PassageOutcome.TURNED_BACK ? 1 : 0;
			fevers += c.fevers();
			referrals += c.outcome().referral() ? 1 : 0;
		}
		return new PassageStats.Counts(vehicles, persons, turnedBack, fevers, referrals);
	}

	/** A checkpoint of the viewer's area, or not found. */
	CheckpointDatabase.Row checkpoint(long id) {
		return checkpoints.find(id, viewer.scopePattern())
			.orElseThrow(() -> new NotFoundException(Checkpoints.CHECKPOINT));
	}

	/** Every rule the passage would break at the checkpoint, for a form that has mistakes of its own. */
	public List<FieldViolation> problems(long checkpointId, NewPassage request) {
		return problems(checkpoint(checkpointId).level(), request, clock.today());
	}

	/** Every rule the passage breaks, with the places nobody knows, refused at once. */
	private PassagePolicy.Accepted accepted(CheckpointLevel level, NewPassage request, LocalDate today) {
		List<FieldViolation> problems = problems(level, request, today);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return (PassagePolicy.Accepted) PassagePolicy.decide(level, request, today);
	}

	private List<FieldViolation> problems(CheckpointLevel level, NewPassage request, LocalDate today) {
		List<FieldViolation> problems = new ArrayList<>();
		PassagePolicy.Decision decision = PassagePolicy.decide(level, request, today);
		if (decision instanceof PassagePolicy.Refused(List<FieldViolation> violations)) {
			problems.addAll(violations);
		}
		List<NewPassage.Occupant> occupants = request.occupants() == null ? List.of() : request.occupants();
		for (int i = 0; i < occupants.size() && i < PassagePolicy.MAX_OCCUPANTS; i++) {
			NewPassage.Occupant o = occupants.get(i);
			if (o == null) {
				continue;
			}
			String at = "occupants[" + i + "].";
			if (unknownPlace(o.originCode()) && !named(problems, at + "originCode")) {
				problems.add(new FieldViolation(at + "originCode", "exists", "passage.occupant.originCode.unknown"));
			}
			if (unknownPlace(o.destinationCode()) && !named(problems, at + "destinationCode")) {
				problems.add(new FieldViolation(at + "destinationCode", "exists", "passage.occupant.destinationCode.unknown"));
			}
		}
		return problems;
	}

	/** A code given that is neither a division of the national catalogue nor a place of the county's tree. */
	private boolean unknownPlace(String code) {
		String c = PassagePolicy.text(code);
		return c != null && divisions.find(c).isEmpty() && jurisdictions.find(c).isEmpty();
	}

	private static boolean named(List<FieldViolation> problems, String field) {
		return problems.stream().anyMatch(p -> p.field().equals(field));
	}

	private PassageView replay(PassageDatabase.Row earlier) {
		viewer.requireVisible(earlier.path(), PASSAGE);
		return views(List.of(earlier)).getFirst().replay();
	}

	/** The rows as their readers see them, every registrar's name looked up once, numbers masked. */
	private List<PassageView> views(List<PassageDatabase.Row> rows) {
		UnaryOperator<String> registrar = names.namer(rows.stream().map(PassageDatabase.Row::createdBy).toList());
		return rows.stream()
			.map(r -> new PassageView(r.id(), r.checkpointId(), r.plate(), r.plateProvince(), r.vehicleType(),
					r.outcome(), r.occupantCount(), r.feverCount(), r.riskLevel(),
					r.occupants().stream()
						.map(o -> new PassageView.Occupant(o.name(),
								o.idNumber() == null ? null : Masking.idNumber(o.idNumber()),
								o.phone() == null ? null : Masking.phone(o.phone()), o.temperature(), o.fever(),
								o.originCode(), o.destinationCode(), o.purpose(), o.riskLevel()))
						.toList(),
					r.passedOn(), r.passedAt(), r.createdBy(), registrar.apply(r.createdBy()), false))
			.toList();
	}
}
