package org.bastion.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.bastion.security.Role;
import org.bastion.shared.JurisdictionPath;

/**
 * Who an immediate report is for, and who may acknowledge it. An immediate report goes up at once: the
 * township's staff see and acknowledge those of their township, HQ those of the whole county, and leaders see
 * them without acknowledging (they change nothing). Whoever files one, down to the grid worker, is not the one
 * it waits for, so their navigation shows no badge for it. A report is acknowledged once: a second
 * acknowledgement names the first instead of storing another. Fever alerts that gather in one village
 * ({@link #FEVER_CLUSTER} within {@link #CLUSTER_SPAN}) are a cluster, reported once per village and day.
 */
final class ImmediateReportPolicy {

	/** The roles an open report waits for: they see the badge and the home page's list. */
	static final Set<Role> WATCHERS = Set.of(Role.SYSTEM_ADMIN, Role.HQ_STAFF, Role.TOWNSHIP_STAFF, Role.LEADER);

	/** The roles that file reports, as {@code Roles.GRID_WORKERS} guards the service: whoever works an area. */
	static final Set<Role> REPORTERS = Set.of(Role.SYSTEM_ADMIN, Role.HQ_STAFF, Role.TOWNSHIP_STAFF, Role.VILLAGE_CADRE,
			Role.GRID_WORKER);

	/** The roles that acknowledge, each within their own area. */
	static final Set<Role> ACKNOWLEDGERS = Set.of(Role.SYSTEM_ADMIN, Role.HQ_STAFF, Role.TOWNSHIP_STAFF);

	/** The report as the decision needs it: where it is, and who acknowledged it when, if anyone did. */
	record Report(JurisdictionPath path, String acknowledgedBy, Instant acknowledgedAt) {
	}

	/** Who asks: their role and their area. */
	record Asker(Role role, JurisdictionPath scope) {
	}

	/** The policy's answer to an acknowledgement. */
	sealed interface Decision permits Acknowledge, Refusal, AlreadyAcknowledged {
	}

	/** Store the acknowledgement. */
	record Acknowledge() implements Decision {
	}

	/** Not the asker's to acknowledge, with the message key saying why. */
	record Refusal(String messageKey) implements Decision {
	}

	/** Acknowledged already: by whom and when, to answer instead of storing a second one. */
	record AlreadyAcknowledged(String by, Instant at) implements Decision {
	}

	/** The fever alerts in one village that make a cluster. */
	static final int FEVER_CLUSTER = 3;

	/** The span a cluster's alerts fall in, counted back from the newest. */
	static final Duration CLUSTER_SPAN = Duration.ofHours(24);

	private ImmediateReportPolicy() {
	}

	/** Whether the fever alerts of one village within {@link #CLUSTER_SPAN} are a cluster. */
	static boolean feverCluster(long alertsInSpan) {
		return alertsInSpan >= FEVER_CLUSTER;
	}

	/** Whether open reports wait for someone of this role (the badge, the home page). */
	static boolean watches(Role role) {
		return WATCHERS.contains(role);
	}

	static Decision acknowledge(Asker asker, Report report) {
		if (!ACKNOWLEDGERS.contains(asker.role())) {
			return new Refusal("immediate.acknowledge.role");
		}
		if (!asker.scope().contains(report.path())) {
			return new Refusal("error.outsideArea");
		}
		if (report.acknowledgedBy() != null) {
			return new AlreadyAcknowledged(report.acknowledgedBy(), report.acknowledgedAt());
		}
		return new Acknowledge();
	}
}
