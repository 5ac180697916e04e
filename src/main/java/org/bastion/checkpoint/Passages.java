package org.bastion.checkpoint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.function.UnaryOperator;

import org.bastion.arrivals.RiskLevel;
import org.bastion.arrivals.TripChecks;
import org.bastion.jurisdiction.Divisions;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.people.People;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.BastionException;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.GroupCommit;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Vehicles and people on foot registered at a checkpoint of the viewer's area (卡点登记): each passage
 * with its occupants' temperatures, where they come from and go to, and what the staff did with them,
 * checked by {@link PassagePolicy} and assessed for risk by the plate's province and the origin the way
 * arrivals are ({@link TripChecks}). An occupant whose ID number someone of the county holds is linked to that
 * person (their timeline shows the passage); what the occupants leave to do is opened by {@link FollowUps}.
 */
@Service
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

	private final FollowUpDatabase followUpRows;

	private final PassagePartitions partitions;

	private final InspectionDatabase inspections;

	/** The passages registered one by one, those arriving together stored in one transaction. */
	private final GroupCommit<Registering, PassageDatabase.Row> oneByOne;

	Passages(PassageDatabase passages, CheckpointDatabase checkpoints, TripChecks trips, Divisions divisions,
			Jurisdictions jurisdictions, CurrentViewer viewer, AuditTrail audit, AccountNames names, FieldClock clock,
			ApplicationEventPublisher events, People people, FollowUpDatabase followUpRows, PassagePartitions partitions,
			InspectionDatabase inspections, PlatformTransactionManager transactions) {
		TransactionTemplate inTransaction = new TransactionTemplate(transactions);
		this.oneByOne = new GroupCommit<>(PassageBatches.MAX_BATCH, group -> inTransaction.execute(status -> store(group)));
		this.partitions = partitions;
		this.inspections = inspections;
		this.people = people;
		this.followUpRows = followUpRows;
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
	 * first one, wherever it was stored. Checked in the caller's thread, it is stored with the passages of other
	 * requests waiting at the same moment, in one transaction ({@link GroupCommit}), or in the caller's own.
	 *
	 * @throws NotFoundException for a checkpoint outside the viewer's area
	 * @throws InvalidInputException naming every broken rule of {@link PassagePolicy} and every unknown place
	 * @throws ConflictException {@code passage.checkpoint.closed} when the checkpoint is not staffed today
	 */
	@PreAuthorize(Roles.PASSAGE_REGISTRARS)
	public PassageView register(long checkpointId, NewPassage request) {
		String clientId = Idempotency.stored(request.clientId(), "passage.clientId.size");
		CheckpointDatabase.Row checkpoint = registeringAt(checkpointId);
		Lookups lookups = new Lookups(clock.today());
		PassagePolicy.Accepted passage;
		try {
			viewer.requireWritable(checkpoint.path());
			passage = accepted(checkpoint.level(), request, lookups);
			if (!checkpoint.openOn(lookups.today)) {
				throw new ConflictException("passage.checkpoint.closed", null, checkpoint.name());
			}
		}
		catch (BastionException refused) {
			// A retry of a passage stored before is answered with it, whatever would refuse it now.
			Optional<PassageDatabase.Row> earlier = clientId == null ? Optional.empty() : passages.findByClientId(clientId);
			if (earlier.isPresent()) {
				return replay(earlier.get());
			}
			throw refused;
		}
		partitions.ensure(lookups.today);
		// No look-up of the client id first: the common passage is new, and a retry loses its insert to the key
		// of the one stored before (or to a concurrent request's), which is then answered.
		PassageDatabase.Row row = oneByOne.write(new Registering(checkpoint,
				draft(clientId, checkpoint, passage, lookups, storedInstant()), auditLine(checkpoint), lookups));
		if (row == null) {
			return replay(passages.findByClientId(clientId)
				.orElseThrow(() -> new IllegalStateException("A client id of a passage was taken by no passage")));
		}
		return views(List.of(row)).getFirst();
	}

	/** How many passages registered one by one wait for the group being stored to end. */
	int waitingToBeStored() {
		return oneByOne.waiting();
	}

	/** What a passage of a batch came to: stored or replayed (with its view), or refused (with its exception). */
	record Registered(PassageView passage, BastionException refused) {
	}

	/**
	 * Registers the passages of a phone's batch at an open checkpoint of the viewer's area, in one transaction:
	 * each is checked on its own, exactly as {@link #register} checks it (a client id seen before is replayed
	 * first; then the viewer's right to write, every rule of {@link PassagePolicy}, every unknown place and
	 * whether the checkpoint is staffed today), and those accepted are stored together with one batched insert
	 * per table. A client id repeated within the batch is stored once and replayed after. A null passage has a
	 * null answer, for the caller to refuse.
	 *
	 * @throws NotFoundException for a checkpoint outside the viewer's area: nothing of the batch is tried
	 */
	@Transactional
	@PreAuthorize(Roles.PASSAGE_REGISTRARS)
	List<Registered> registerAll(long checkpointId, List<NewPassage> batch) {
		CheckpointDatabase.Row checkpoint = registeringAt(checkpointId);
		Registered[] answers = new Registered[batch.size()];
		String[] clientIds = new String[batch.size()];
		for (int i = 0; i < batch.size(); i++) {
			if (batch.get(i) != null) {
				try {
					clientIds[i] = Idempotency.stored(batch.get(i).clientId(), "passage.clientId.size");
				}
				catch (InvalidInputException invalid) {
					answers[i] = new Registered(null, invalid);
				}
			}
		}
		Map<String, PassageDatabase.Row> earlier = passages.findByClientIds(
				Arrays.stream(clientIds).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		BastionException unwritable = null;
		try {
			viewer.requireWritable(checkpoint.path());
		}
		catch (BastionException refused) {
			unwritable = refused;
		}
		Lookups lookups = new Lookups(clock.today());
		Instant now = storedInstant();
		AuditTrail.Line line = auditLine(checkpoint);
		List<Registering> checked = new ArrayList<>();
		List<Integer> checkedIndexes = new ArrayList<>();
		Map<String, Integer> firstInBatch = new HashMap<>();
		Map<Integer, Integer> repeats = new HashMap<>();
		for (int i = 0; i < batch.size(); i++) {
			NewPassage request = batch.get(i);
			if (request == null || answers[i] != null) {
				continue;
			}
			String clientId = clientIds[i];
			try {
				if (clientId != null && earlier.containsKey(clientId)) {
					answers[i] = new Registered(replay(earlier.get(clientId)), null);
					continue;
				}
				if (clientId != null && firstInBatch.containsKey(clientId)) {
					repeats.put(i, firstInBatch.get(clientId));
					continue;
				}
				if (unwritable != null) {
					throw unwritable;
				}
				PassagePolicy.Accepted passage = accepted(checkpoint.level(), request, lookups);
				if (!checkpoint.openOn(lookups.today)) {
					throw new ConflictException("passage.checkpoint.closed", null, checkpoint.name());
				}
				checked.add(new Registering(checkpoint, draft(clientId, checkpoint, passage, lookups, now), line, lookups));
				checkedIndexes.add(i);
				if (clientId != null) {
					firstInBatch.put(clientId, i);
				}
			}
			catch (BastionException refused) {
				answers[i] = new Registered(null, refused);
			}
		}
		if (!checked.isEmpty()) {
			partitions.ensure(lookups.today);
		}
		List<PassageDatabase.Row> rows = store(checked);
		List<PassageDatabase.Row> keptRows = rows.stream().filter(java.util.Objects::nonNull).toList();
		List<PassageView> views = views(keptRows);
		for (int n = 0, k = 0; n < checked.size(); n++) {
			if (rows.get(n) != null) {
				answers[checkedIndexes.get(n)] = new Registered(views.get(k++), null);
			}
			else {
				// Another request stored this client id between our look-up and insert: that passage it is.
				String clientId = checked.get(n).draft().clientId();
				answers[checkedIndexes.get(n)] = new Registered(replay(passages.findByClientId(clientId)
					.orElseThrow(() -> new IllegalStateException("A client id of a passage was taken by no passage"))), null);
			}
		}
		repeats.forEach((i, first) -> answers[i] = new Registered(answers[first].passage().replay(), null));
		return Arrays.asList(answers);
	}

	/** The instant a passage is stored with, as precise as the column keeps it, so that what is answered is what is read back. */
	private Instant storedInstant() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	/** The passage as stored: each occupant's risk (origin or plate) and the person an ID number names. */
	private PassageDatabase.Draft draft(String clientId, CheckpointDatabase.Row checkpoint, PassagePolicy.Accepted passage,
			Lookups lookups, Instant now) {
		List<String> risks = new ArrayList<>();
		List<Long> persons = new ArrayList<>();
		RiskLevel highest = RiskLevel.NONE;
		for (PassagePolicy.Person person : passage.occupants()) {
			RiskLevel risk = lookups.risk(person.originCode(), passage.plate(), passage.plateProvince());
			risks.add(risk.name());
			highest = RiskLevel.max(highest, risk);
			persons.add(person.idNumber() == null ? null : people.holderOf(person.idNumber()).orElse(null));
		}
		return new PassageDatabase.Draft(clientId, checkpoint.id(), passage, risks, persons, highest.name(), lookups.today,
				now, checkpoint.jurisdictionCode(), checkpoint.path(), viewer.get().username());
	}

	/** A passage checked and ready to store, with what its storing needs: its checkpoint, its audit line, its look-ups. */
	private record Registering(CheckpointDatabase.Row checkpoint, PassageDatabase.Draft draft, AuditTrail.Line line,
			Lookups lookups) {
	}

	private AuditTrail.Line auditLine(CheckpointDatabase.Row checkpoint) {
		return audit.lineFor(AuditAction.CREATE, PASSAGE + ":", Checkpoints.CHECKPOINT + ":" + checkpoint.id());
	}

	/**
	 * Stores the passages with their audit lines, opens their follow-ups and tells of them, in the transaction
	 * the caller runs it in; answers each as stored, or null when another request stored its client id first.
	 */
	private List<PassageDatabase.Row> store(List<Registering> registering) {
		List<PassageDatabase.Row> rows = passages.insertAll(registering.stream().map(Registering::draft).toList(),
				registering.stream().map(Registering::line).toList());
		List<FollowUpDatabase.Opening> openings = new ArrayList<>();
		List<PassageRegistered> registered = new ArrayList<>();
		for (int n = 0; n < registering.size(); n++) {
			PassageDatabase.Row row = rows.get(n);
			if (row == null) {
				continue;
			}
			CheckpointDatabase.Row checkpoint = registering.get(n).checkpoint();
			PassageDatabase.Draft d = registering.get(n).draft();
			PassagePolicy.Accepted passage = d.passage();
			openings.addAll(FollowUps.openings(checkpoint, List.of(new FollowUps.Stored(row.id(), d.passedOn(), passage,
					d.risks().stream().map(RiskLevel::valueOf).toList())), registering.get(n).lookups()::jurisdiction,
					d.passedAt()));
			registered.add(new PassageRegistered(row.id(), checkpoint.id(), checkpoint.jurisdictionCode(),
					checkpoint.path().value(), d.passedOn(), d.passedAt(), passage.vehicleType(), passage.plateProvince(),
					passage.outcome(), passage.occupants().size(), passage.fevers(), d.riskLevel()));
		}
		followUpRows.openAll(openings);
		registered.forEach(events::publishEvent);
		return rows;
	}

	/**
	 * What one request looks up, each once: the places typed (a destination checked as known is the one its
	 * hand-over goes to) and the risk of each origin and plate province on the day.
	 */
	private final class Lookups {

		private final LocalDate today;

		private final Map<String, Optional<Jurisdiction>> places = new HashMap<>();

		private final Map<String, Boolean> divisionsKnown = new HashMap<>();

		private final Map<String, RiskLevel> risks = new HashMap<>();

		Lookups(LocalDate today) {
			this.today = today;
		}

		Optional<Jurisdiction> jurisdiction(String code) {
			return places.computeIfAbsent(code, jurisdictions::find);
		}

		/** A code given that is neither a place of the county's tree nor a division of the national catalogue. */
		boolean unknownPlace(String typed) {
			String code = PassagePolicy.text(typed);
			return code != null && jurisdiction(code).isEmpty()
					&& !divisionsKnown.computeIfAbsent(code, c -> divisions.find(c).isPresent());
		}

		/** The trip's risk: it depends on the origin and the plate's province only, as {@link TripChecks} assesses it. */
		RiskLevel risk(String originCode, String plate, String plateProvince) {
			return risks.computeIfAbsent(originCode + "|" + plateProvince, k -> trips.risk(originCode, plate, today));
		}
	}

	/** A checkpoint's passages of a day (today when absent), in the order they were registered, a page at a time. */
	@Transactional(readOnly = true)
	public Slice<PassageView> list(long checkpointId, LocalDate day, String cursor, Integer limit) {
		CheckpointDatabase.Row checkpoint = checkpoint(checkpointId);
		PageRequest page = PageRequest.of(cursor, limit, "passage.cursor.invalid");
		List<PassageDatabase.Row> rows = passages.list(checkpoint.id(), day == null ? clock.today() : day,
				viewer.scopePattern(), page.after(), page.fetch());
		Slice<PassageDatabase.Row> slice = page.slice(rows, PassageDatabase.Row::id);
		return new Slice<>(views(slice.items()), slice.nextCursor());
	}

	/** A checkpoint's figures of a day (today when absent), per hour of the field's clock and by plate province. */
	@Transactional(readOnly = true)
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
		return new PassageStats(checkpoint.id(), date, counts(counted), hours, plates,
				inspections.count(checkpoint.id(), clock.startOf(date), clock.endOf(date)));
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

	/** {@link #checkpoint} as kept in memory for a few seconds, for the registrations every vehicle makes. */
	private CheckpointDatabase.Row registeringAt(long id) {
		return checkpoints.findKept(id, viewer.scopePattern())
			.orElseThrow(() -> new NotFoundException(Checkpoints.CHECKPOINT));
	}

	/** Every rule the passage would break at the checkpoint, for a form that has mistakes of its own. */
	@Transactional(readOnly = true)
	public List<FieldViolation> problems(long checkpointId, NewPassage request) {
		LocalDate today = clock.today();
		return problems(request, PassagePolicy.decide(checkpoint(checkpointId).level(), request, today), new Lookups(today));
	}

	/** Every rule the passage breaks, with the places nobody knows, refused at once. */
	private PassagePolicy.Accepted accepted(CheckpointLevel level, NewPassage request, Lookups lookups) {
		PassagePolicy.Decision decision = PassagePolicy.decide(level, request, lookups.today);
		List<FieldViolation> problems = problems(request, decision, lookups);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return (PassagePolicy.Accepted) decision;
	}

	private List<FieldViolation> problems(NewPassage request, PassagePolicy.Decision decision, Lookups lookups) {
		List<FieldViolation> problems = new ArrayList<>();
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
			if (lookups.unknownPlace(o.originCode()) && !named(problems, at + "originCode")) {
				problems.add(new FieldViolation(at + "originCode", "exists", "passage.occupant.originCode.unknown"));
			}
			if (lookups.unknownPlace(o.destinationCode()) && !named(problems, at + "destinationCode")) {
				problems.add(new FieldViolation(at + "destinationCode", "exists", "passage.occupant.destinationCode.unknown"));
			}
		}
		return problems;
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
