package org.bastion.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which status a case may move to. A suspected case is confirmed, found asymptomatic, or dies; an
 * asymptomatic one may still develop symptoms (confirmed) or recover; a confirmed one recovers or dies.
 * Recovery and death are final, and a case starts suspected, confirmed or asymptomatic.
 */
final class CaseTransitionPolicy {

	/** The outcome of asking for a move. */
	public sealed interface Decision {
	}

	/** The move is allowed. */
	public record Allowance(CaseStatus to) implements Decision {
	}

	/** The move is not, for the reason the key names. */
	public record Refusal(String messageKey) implements Decision {
	}

	private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
			CaseStatus.SUSPECTED, EnumSet.of(CaseStatus.CONFIRMED, CaseStatus.ASYMPTOMATIC, CaseStatus.DIED),
			CaseStatus.ASYMPTOMATIC, EnumSet.of(CaseStatus.CONFIRMED, CaseStatus.RECOVERED),
			CaseStatus.CONFIRMED, EnumSet.of(CaseStatus.RECOVERED, CaseStatus.DIED),
			CaseStatus.RECOVERED, EnumSet.noneOf(CaseStatus.class),
			CaseStatus.DIED, EnumSet.noneOf(CaseStatus.class));

	private CaseTransitionPolicy() {
	}

	public static Decision start(CaseStatus status) {
		return status.outcome() ? new Refusal("case.status.notInitial") : new Allowance(status);
	}

	public static Decision move(CaseStatus from, CaseStatus to) {
		if (from.outcome()) {
			return new Refusal("case.status.final");
		}
		if (from == to) {
			return new Refusal("case.status.same");
		}
		return NEXT.get(from).contains(to) ? new Allowance(to) : new Refusal("case.status.notAllowed");
	}

	/** The statuses a case in {@code from} may move to, in the order a page offers them. */
	public static Set<CaseStatus> next(CaseStatus from) {
		return EnumSet.copyOf(NEXT.get(from));
	}
}
