package org.bastion.checkpoint;

import java.util.ArrayList;
import java.util.List;

import org.bastion.shared.BastionException;
import org.bastion.shared.ConflictException;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A phone catching up after being offline sends the passages it kept: each is checked on its own and
 * answered on its own (stored, replayed, or refused with its violations), so that one bad passage does not
 * drop the others; those accepted are stored together ({@link Passages#registerAll}), one batched insert
 * per table for the whole batch.
 */
@Service
public class PassageBatches {

	static final int MAX_BATCH = 200;

	/** The answer to one passage of a batch, with the status the single endpoint would give. */
	public record Outcome(int index, String clientId, Status status, int httpStatus, PassageView passage,
			List<FieldViolation> violations, String messageKey, Object[] arguments) {
	}

	public enum Status {
		STORED, REPLAYED, REFUSED
	}

	private final Passages passages;

	PassageBatches(Passages passages) {
		this.passages = passages;
	}

	/**
	 * Registers every passage of the batch at the checkpoint.
	 *
	 * @throws NotFoundException for a checkpoint outside the viewer's area: nothing of the batch is tried
	 * @throws InvalidInputException {@code passage.batch.size} for more than {@value #MAX_BATCH} passages
	 */
	@PreAuthorize(Roles.PASSAGE_REGISTRARS)
	public List<Outcome> register(long checkpointId, List<NewPassage> batch) {
		if (batch.size() > MAX_BATCH) {
			throw new InvalidInputException(new FieldViolation("passages", "size", "passage.batch.size", MAX_BATCH));
		}
		List<Passages.Registered> registered = passages.registerAll(checkpointId, batch);
		List<Outcome> outcomes = new ArrayList<>(batch.size());
		for (int i = 0; i < batch.size(); i++) {
			NewPassage passage = batch.get(i);
			if (passage == null) {
				outcomes.add(new Outcome(i, null, Status.REFUSED, 400, null,
						List.of(new FieldViolation("passages[" + i + "]", "required", "passage.batch.item.required")),
						null, new Object[0]));
				continue;
			}
			String clientId = passage.clientId();
			Passages.Registered answer = registered.get(i);
			if (answer.passage() != null) {
				PassageView stored = answer.passage();
				outcomes.add(new Outcome(i, clientId, stored.replayed() ? Status.REPLAYED : Status.STORED,
						stored.replayed() ? 200 : 201, stored, List.of(), null, new Object[0]));
			}
			else if (answer.refused() instanceof InvalidInputException invalid) {
				outcomes.add(new Outcome(i, clientId, Status.REFUSED, 400, null, invalid.violations(),
						invalid.messageKey(), invalid.arguments()));
			}
			else {
				BastionException refused = answer.refused();
				outcomes.add(new Outcome(i, clientId, Status.REFUSED, status(refused), null, List.of(),
						refused.messageKey(), refused.arguments()));
			}
		}
		return outcomes;
	}

	private static int status(BastionException refused) {
		return switch (refused) {
			case NotFoundException n -> 404;
			case ForbiddenException f -> 403;
			case ConflictException c -> 409;
			default -> 400;
		};
	}
}
