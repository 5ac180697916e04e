package org.bastion.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.bastion.shared.FieldClock;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads whole populations (demo data, benchmarks, trusted imports) in JDBC batches, at a rate close to
 * a plain batched insert. It runs without a signed-in viewer, so the caller names each household's place
 * and path and is trusted to be allowed to; nothing is audited per row.
 *
 * <p>Every person's facts still pass {@link PersonPolicy}: a person that breaks a rule is skipped and
 * counted, and the household is loaded without them. What is skipped compared with
 * {@link People#register}: the look-ups for an existing ID number and client id (the unique
 * constraints still refuse a duplicate, failing the call) and the name-and-phone warning.
 */
@Service
@Transactional
public class PeopleBulkLoad {

	/** Rows per JDBC batch: large enough to amortise round trips, small enough for the driver's buffers. */
	static final int CHUNK = 1000;

	private final PersonDatabase persons;

	private final HouseholdDatabase households;

	private final FieldClock clock;

	PeopleBulkLoad(PersonDatabase persons, HouseholdDatabase households,
			FieldClock clock) {
		this.persons = persons;
		this.households = households;
		this.clock = clock;
	}

	/**
	 * A household with its members; their own {@code jurisdictionCode} and {@code householdId} are ignored
	 * in favour of the household's place. A member related as {@link Relation#HEAD} becomes the head.
	 */
	public record Household(String jurisdictionCode, JurisdictionPath jurisdictionPath, String address,
			List<Member> members) {

		public Household {
			Objects.requireNonNull(jurisdictionCode, "jurisdictionCode");
			Objects.requireNonNull(jurisdictionPath, "jurisdictionPath");
			members = List.copyOf(members);
		}
	}

	public record Member(NewPerson person, Relation relation) {
	}

	/** What a load stored, and how many persons it skipped for breaking a rule. */
	public record Result(int households, int persons, int rejected) {

		public Result plus(Result other) {
			return new Result(households + other.households, persons + other.persons, rejected + other.rejected);
		}
	}

	/**
	 * Stores the households and their members in one transaction. Callers loading a million persons
	 * call this once per few thousand households, so that a failure loses one slice and memory stays flat.
	 */
	public Result load(List<Household> batch) {
		LocalDate today = clock.today();
		Result total = new Result(0, 0, 0);
		for (int from = 0; from < batch.size(); from += CHUNK) {
			total = total.plus(loadChunk(batch.subList(from, Math.min(batch.size(), from + CHUNK)), today));
		}
		return total;
	}

	private Result loadChunk(List<Household> chunk, LocalDate today) {
		List<Long> ids = households.insertAll(chunk.stream()
			.map(h -> new HouseholdDatabase.BulkRow(h.jurisdictionCode(), h.jurisdictionPath(), h.address()))
			.toList());
		List<PersonDatabase.BulkRow> rows = new ArrayList<>();
		int rejected = 0;
		for (int i = 0; i < chunk.size(); i++) {
			Household household = chunk.get(i);
			for (Member member : household.members()) {
				NewPerson p = member.person();
				try {
					PersonFacts facts = PersonPolicy.check(p.idNumber(), p.documentType(), p.documentNumber(), p.name(),
							p.sex(), p.birthDate(), p.phone(), p.address() == null ? household.address() : p.address(),
							p.careFlags(), today);
					rows.add(new PersonDatabase.BulkRow(facts, household.jurisdictionCode(),
							household.jurisdictionPath(), ids.get(i),
							member.relation() == null ? Relation.OTHER : member.relation()));
				}
				catch (InvalidInputException broken) {
					rejected++;
				}
			}
		}
		persons.insertAll(rows);
		if (!ids.isEmpty()) {
			households.adoptHeads(ids.stream().mapToLong(Long::longValue).min().orElseThrow(),
					ids.stream().mapToLong(Long::longValue).max().orElseThrow());
		}
		return new Result(chunk.size(), rows.size(), rejected);
	}
}
