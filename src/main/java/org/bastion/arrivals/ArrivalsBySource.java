package org.bastion.arrivals;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.bastion.shared.JurisdictionPath;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Arrivals by where they were found: counted by the screening round (what a round's comparison with
 * the one before it reads; the caller has limited {@code area} to what its viewer may see), and looked
 * up by the pushed-list entry they were registered from.
 */
@Service
@Transactional(readOnly = true)
public class ArrivalsBySource {

	private final ArrivalSourceDatabase database;

	ArrivalsBySource(ArrivalSourceDatabase database) {
		this.database = database;
	}

	/** Persons found in either round, per place they were registered in. */
	public List<Found> found(long roundId, long previousRoundId, JurisdictionPath area) {
		return database.found(roundId, previousRoundId, area.likePattern());
	}

	/** How many persons the round found who had no arrival in the previous one. */
	public long newlyFoundCount(long roundId, long previousRoundId, JurisdictionPath area) {
		return database.newlyFoundCount(roundId, previousRoundId, area.likePattern());
	}

	/** The first {@code limit} of them, oldest registration first. */
	public List<NewlyFound> newlyFound(long roundId, long previousRoundId, JurisdictionPath area, int limit) {
		return database.newlyFound(roundId, previousRoundId, area.likePattern(), limit);
	}

	/** The first arrival registered from each entry named; entries without one are not in the map. */
	public Map<Long, Long> fromListEntries(Collection<Long> entryIds) {
		return entryIds.isEmpty() ? Map.of() : database.fromListEntries(entryIds);
	}

	/** Persons found in one round at one place. */
	public record Found(JurisdictionPath path, long roundId, long persons) {
	}

	/** A person with an arrival in this round and none in the previous one. */
	public record NewlyFound(long arrivalId, long personId, String jurisdictionCode, LocalDate arrivalDate,
			String riskLevel) {
	}
}
