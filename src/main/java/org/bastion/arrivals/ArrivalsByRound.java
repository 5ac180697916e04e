package org.bastion.arrivals;

import java.time.LocalDate;
import java.util.List;

import org.bastion.shared.JurisdictionPath;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Arrivals counted by the screening round they were found in: what a round's comparison with the one
 * before it reads. The caller has limited {@code area} to what its viewer may see.
 */
@Service
@Transactional(readOnly = true)
public class ArrivalsByRound {

	private final ArrivalRoundDatabase database;

	ArrivalsByRound(ArrivalRoundDatabase database) {
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

	/** Persons found in one round at one place. */
	public record Found(JurisdictionPath path, long roundId, long persons) {
	}

	/** A person with an arrival in this round and none in the previous one. */
	public record NewlyFound(long arrivalId, long personId, String jurisdictionCode, LocalDate arrivalDate,
			String riskLevel) {
	}
}
