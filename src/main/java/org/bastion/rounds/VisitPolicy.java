package org.bastion.rounds;

/**
 * Which change may follow which on a household visit. A visit not yet done, or where nobody was home,
 * takes any outcome (the revisit closes it); a visit done or refused is final for the worker, and only
 * HQ can reopen it, which puts it back to pending. An arrival registered from a visit tells what the
 * worker found there: a visit not yet done becomes one with returnees, one with returnees stays so (its
 * count follows), and a final verdict of no returnees or refused stands until HQ reopens it. An outcome
 * marked by mistake is corrected to another outcome while the round is open (the caller checks the round),
 * but a visit that was never marked has nothing to correct.
 */
final class VisitPolicy {

	/** A change asked of a visit. */
	public sealed interface Change permits Mark, Reopen, ReturneeRegistration, Correct {
	}

	/** A worker records what happened at the door. */
	public record Mark(VisitOutcome outcome) implements Change {
	}

	/** HQ sends a final visit back to the worker's list. */
	public record Reopen() implements Change {
	}

	/** An arrival was registered from the visit. */
	public record ReturneeRegistration() implements Change {
	}

	/** A worker replaces an outcome marked by mistake with the right one. */
	public record Correct(VisitOutcome outcome) implements Change {
	}

	/** The policy's answer. */
	public sealed interface Decision permits Allowance, Refusal {
	}

	public record Allowance(VisitStatus next) implements Decision {
	}

	/** Refusal with the message key saying why. */
	public record Refusal(String messageKey) implements Decision {
	}

	private VisitPolicy() {
	}

	public static Decision decide(VisitStatus current, Change change) {
		return switch (change) {
			case Mark mark -> current.open() ? new Allowance(mark.outcome().status()) : new Refusal("visit.final");
			case Reopen reopen -> current.open() ? new Refusal("visit.notFinal") : new Allowance(VisitStatus.PENDING);
			case ReturneeRegistration found -> current.open() || current == VisitStatus.VISITED_WITH_RETURNEES
					? new Allowance(VisitStatus.VISITED_WITH_RETURNEES) : new Refusal("visit.final");
			case Correct correct -> current == VisitStatus.PENDING ? new Refusal("visit.correction.notMarked")
					: current == correct.outcome().status() ? new Refusal("visit.correction.same")
					: new Allowance(correct.outcome().status());
		};
	}
}
