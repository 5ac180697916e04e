package org.bastion.observation;

import java.util.Comparator;
import java.util.List;

import org.bastion.arrivals.Arrivals;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.observation.ObservationView.ObservationReason;
import org.bastion.observation.ProposalView.ProposalDecision;
import org.bastion.observation.ProposalView.ProposalStatus;
import org.bastion.security.SystemTask;
import org.bastion.security.UserAccount;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Roles;
import org.bastion.shared.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Observation proposals made from arrivals (see {@link ProposalPolicy}), as the signed-in viewer works
 * through them: list the open ones of their area, accept one (the order is made as the viewer, with the
 * current settings) or dismiss it with a reason.
 */
@Service
@Transactional
class Proposals {

	static final String PROPOSAL = "proposal";

	private final ProposalDatabase proposals;

	private final Observations observations;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final Jurisdictions jurisdictions;

	private final AccountNames names;

	private final Arrivals arrivals;

	Proposals(ProposalDatabase proposals, Observations observations, CurrentViewer viewer, AuditTrail audit,
			Jurisdictions jurisdictions, AccountNames names, Arrivals arrivals) {
		this.names = names;
		this.arrivals = arrivals;
		this.jurisdictions = jurisdictions;
		this.proposals = proposals;
		this.observations = observations;
		this.viewer = viewer;
		this.audit = audit;
	}

	/** Open proposals in the viewer's area or a place inside it, newest first, cursor paged. */
	public Slice<ProposalView> listOpen(String jurisdictionCode, String cursor, Integer limit) {
		PageRequest page = PageRequest.of(cursor, limit, "observation.cursor.shape");
		List<ProposalView.Row> rows = proposals.list(jurisdictions.scopePattern(jurisdictionCode), ProposalStatus.OPEN,
				page.after(), page.fetch());
		audit.record(AuditAction.SEARCH, PROPOSAL, "open jurisdiction:" + jurisdictionCode);
		return page.slice(rows, row -> row.view().id()).map(ProposalView.Row::view);
	}

	/** Open proposals in the viewer's area, for the navigation. */
	@Transactional(readOnly = true)
	public long countOpen() {
		return proposals.countOpen(viewer.scopePattern());
	}

	/**
	 * Makes the proposed order. Accepting twice makes one order: the proposal's id is the order's client id.
	 *
	 * @throws ConflictException {@code proposal.decided} when it was accepted or dismissed already, or
	 * {@code observation.open.exists} when the person is under observation already
	 */
	@PreAuthorize(Roles.HEALTH_WORKERS)
	public ProposalView accept(long id, ProposalDecision decision) {
		ProposalView.Row stored = load(id);
		viewer.requireWritable(stored.path());
		ProposalView proposal = stored.view();
		if (!proposal.open()) {
			throw new ConflictException("proposal.decided", proposal.named(names), proposal.status());
		}
		Long monitor = decision == null || decision.monitorUserId() == null ? defaultMonitor(proposal)
				: decision.monitorUserId();
		ObservationView order = observations.create(new NewObservation(proposal.personId(), proposal.kind(),
				proposal.startDate(), reason(proposal), null, monitor, null, PROPOSAL + "-" + id));
		if (!proposals.decide(id, ProposalStatus.ACCEPTED, viewer.get().username(), null, order.id())) {
			throw new ConflictException("proposal.decided", null, ProposalStatus.ACCEPTED);
		}
		audit.record(AuditAction.UPDATE, PROPOSAL + ":" + id, "accept:" + order.id());
		return load(id).view().named(names);
	}

	/**
	 * The arrival's own reason for the order, its risk reasons and fever read as the system: the proposal kept
	 * only the level.
	 */
	private ObservationReason reason(ProposalView proposal) {
		var arrival = SystemTask.call(() -> arrivals.find(proposal.arrivalId()).arrival());
		return ProposalPolicy.reasonFor(arrival.fromRiskArea(), arrival.fever());
	}

	/**
	 * Closes a proposal without an order.
	 *
	 * @throws InvalidInputException {@code reason} when none is given
	 */
	@PreAuthorize(Roles.HEALTH_WORKERS)
	public ProposalView dismiss(long id, ProposalDecision decision) {
		String reason = decision == null || decision.reason() == null || decision.reason().isBlank() ? null
				: decision.reason().strip();
		if (reason == null) {
			throw new InvalidInputException(new FieldViolation("reason", "required", "proposal.reason.required"));
		}
		ProposalView.Row stored = load(id);
		viewer.requireWritable(stored.path());
		if (!stored.view().open()
				|| !proposals.decide(id, ProposalStatus.DISMISSED, viewer.get().username(), reason, null)) {
			ProposalView decided = load(id).view();
			throw new ConflictException("proposal.decided", decided.named(names), decided.status());
		}
		audit.record(AuditAction.UPDATE, PROPOSAL + ":" + id, "dismiss");
		return load(id).view().named(names);
	}

	/**
	 * The signed-in user when they may monitor (the order defaults to them), otherwise whoever answers for
	 * the most precise place holding the person: the grid worker before the village cadre.
	 */
	private Long defaultMonitor(ProposalView proposal) {
		boolean selfMonitors = Observations.MONITOR_ROLES.stream().anyMatch(role -> role.name().equals(viewer.get().role()));
		if (selfMonitors) {
			return null;
		}
		return observations.monitorsFor(proposal.jurisdictionCode())
			.stream()
			.max(Comparator.comparingInt((UserAccount account) -> account.jurisdictionPath().depth())
				.thenComparing(account -> account.role() == org.bastion.security.Role.GRID_WORKER))
			.map(UserAccount::id)
			.orElse(null);
	}

	private ProposalView.Row load(long id) {
		return proposals.find(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(PROPOSAL));
	}
}
