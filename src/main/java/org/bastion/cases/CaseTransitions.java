package org.bastion.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which status a case may move to. A suspected case is confirmed, found asymptomatic, or dies; an
 * asymptomatic one may still develop symptoms (confirmed) or recover; a confirmed one recovers or dies.
 * Recovery and death are final, and a case starts suspected, confirmed or asymptomatic.
 */
public final class CaseTransitions {

	/** The outcome of asking for a move. */
	public sealed interface Decision {
	}

	/** The move is allowed. */
	public record Allowed(CaseStatus to) implements Decision {
	}

	/** The move is not, for the reason the key names. */
	public record Refused(String messageKey) implements Decision {
	}

	private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
			CaseStatus.SUSPECTED, EnumSet.of(CaseStatus.CONFIRMED, CaseStatus.ASYMPTOMATIC, CaseStatus.DIED),
			CaseStatus.ASYMPTOMATIC, EnumSet.of(CaseStatus.CONFIRMED, CaseStatus.RECOVERED),
			CaseStatus.CONFIRMED, EnumSet.of(CaseStatus.RECOVERED, CaseStatus.DIED),
			CaseStatus.RECOVERED, EnumSet.noneOf(CaseStatus.class),
			CaseStatus.DIED, EnumSet.noneOf(CaseStatus.class));

	private CaseTransitions() {
	}

	public static Decision start(CaseStatus status) {
		return status.outcome() ? new Refused("case.status.notInitial") : new Allowed(status);
	}

	public static Decision move(CaseStatus from, CaseStatus to) {
		if (from.outcome()) {
			return new Refused("case.status.final");
		}
		if (from == to) {
			return new Refused("case.status.same");
		}
		return NEXT.get(from).contains(to) ? new Allowed(to) : new Refused("case.status.notAllowed");
	}

	/** The statuses a case in {@code from} may move to, in the order a page offers them. */
	public static Set<CaseStatus> next(CaseStatus from) {
		return EnumSet.copyOf(NEXT.get(from));
	}
}
