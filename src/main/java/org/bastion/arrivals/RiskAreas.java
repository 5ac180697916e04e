package org.bastion.arrivals;

import java.time.LocalDate;
import java.util.List;

import org.bastion.jurisdiction.Divisions.Division;
import org.bastion.jurisdiction.Divisions;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risk areas HQ designates. Every change re-assesses the arrivals of the last four weeks at
 * once, so that a grid worker's list shows the new level the moment HQ saves.
 */
@Service
@Transactional
public class RiskAreas {

	static final String RISK_AREA = "riskArea";

	/** What a change did: the area as saved and how many arrivals changed level or measure. */
	public record Outcome(RiskArea area, int arrivalsChanged) {
	}

	private final RiskAreaDatabase database;

	private final ArrivalRiskRecomputation recomputation;

	private final Divisions divisions;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final FieldClock clock;

	RiskAreas(RiskAreaDatabase database, ArrivalRiskRecomputation recomputation, Divisions divisions,
			CurrentViewer viewer, AuditTrail audit, FieldClock clock) {
		this.database = database;
		this.recomputation = recomputation;
		this.divisions = divisions;
		this.viewer = viewer;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every designation, the latest first; ended ones too, so that HQ sees what applied when. */
	@Transactional(readOnly = true)
	public List<RiskArea> list() {
		return database.all();
	}

	@Transactional(readOnly = true)
	public RiskArea find(long id) {
		return database.find(id).orElseThrow(() -> new NotFoundException(RISK_AREA));
	}

	@PreAuthorize(Roles.HQ)
	public Outcome designate(RiskAreaRequest request) {
		Division division = check(request);
		long id = database.insert(division.code(), division.fullName(), request.level(), request.from(), request.to(),
				viewer.get().username(), clock.instant());
		audit.record(AuditAction.CREATE, target(id), division.code() + " " + request.level());
		return outcome(id, ArrivalRiskChange.Cause.DESIGNATED);
	}

	@PreAuthorize(Roles.HQ)
	public Outcome change(long id, RiskAreaRequest request) {
		find(id);
		Division division = check(request);
		database.update(id, division.code(), division.fullName(), request.level(), request.from(), request.to(),
				clock.instant());
		audit.record(AuditAction.UPDATE, target(id), division.code() + " " + request.level());
		return outcome(id, ArrivalRiskChange.Cause.CHANGED);
	}

	/**
	 * Ends a designation: {@code lastDay} (default yesterday, so that today is free) becomes its last day.
	 */
	@PreAuthorize(Roles.HQ)
	public Outcome end(long id, LocalDate lastDay) {
		RiskArea area = find(id);
		LocalDate last = lastDay == null ? clock.today().minusDays(1) : lastDay;
		if (last.isBefore(area.from())) {
			throw new InvalidInputException(new FieldViolation("to", "afterFrom", "riskArea.to.beforeFrom"));
		}
		database.update(id, area.divisionCode(), area.divisionName(), area.level(), area.from(), last, clock.instant());
		audit.record(AuditAction.UPDATE, target(id), "end " + last);
		return outcome(id, ArrivalRiskChange.Cause.ENDED);
	}

	private Outcome outcome(long id, ArrivalRiskChange.Cause cause) {
		RiskArea saved = find(id);
		int changed = recomputation.recompute(clock.today(), cause, saved.divisionName());
		return new Outcome(saved, changed);
	}

	private Division check(RiskAreaRequest request) {
		String code = request.divisionCode() == null ? null : request.divisionCode().strip();
		Division division = code == null || code.isEmpty() ? null : divisions.find(code).orElse(null);
		List<FieldViolation> violations = new java.util.ArrayList<>();
		if (division == null) {
			violations.add(new FieldViolation("divisionCode", "exists", code == null || code.isEmpty()
					? "riskArea.divisionCode.required" : "riskArea.divisionCode.unknown"));
		}
		if (request.level() == null || request.level() == RiskLevel.NONE) {
			violations.add(new FieldViolation("level", "required", "riskArea.level.required"));
		}
		if (request.from() == null) {
			violations.add(new FieldViolation("from", "required", "riskArea.from.required"));
		}
		else if (request.to() != null && request.to().isBefore(request.from())) {
			violations.add(new FieldViolation("to", "afterFrom", "riskArea.to.beforeFrom"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return division;
	}

	static String target(long id) {
		return RISK_AREA + ":" + id;
	}
}
