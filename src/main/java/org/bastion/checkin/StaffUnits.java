package org.bastion.checkin;

import java.util.List;
import java.util.function.UnaryOperator;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.observation.CheckWindow;
import org.bastion.observation.Observations;
import org.bastion.people.People;
import org.bastion.people.PersonView;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units whose staff check in, and their members, in the viewer's area. */
@Service
@Transactional
public class StaffUnits {

	static final String UNIT = "checkin-unit";

	/** Who keeps units and records check-ins: everyone who may write, checkpoint staff included. */
	static final String KEEPERS = "hasAnyRole('SYSTEM_ADMIN','HQ_STAFF','TOWNSHIP_STAFF','VILLAGE_CADRE','GRID_WORKER','MEDICAL_STAFF','CHECKPOINT_STAFF')";

	private static final int LIST_LIMIT = 200;

	private final StaffUnitDatabase units;

	private final People people;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final AccountNames names;

	StaffUnits(StaffUnitDatabase units, People people, Jurisdictions jurisdictions, CurrentViewer viewer,
			AuditTrail audit, AccountNames names) {
		this.names = names;
		this.units = units;
		this.people = people;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.audit = audit;
	}

	/** @throws InvalidInputException when the windows overlap, are out of order or not {@code checksPerDay} */
	@PreAuthorize(KEEPERS)
	public StaffUnitView create(NewStaffUnit request) {
		Jurisdiction place = jurisdictions.visible(request.jurisdictionCode().strip());
		viewer.requireWritable(place.path());
		List<CheckWindow> windows;
		try {
			windows = request.windows() == null || request.windows().isEmpty()
					? Observations.usualWindows(request.checksPerDay())
					: request.windows().stream().map(CheckWindow::parse).toList();
		}
		catch (IllegalArgumentException malformed) {
			throw new InvalidInputException(new FieldViolation("windows", "shape", "settings.windows.invalid"));
		}
		if (!CheckWindow.validDay(windows) || windows.size() != request.checksPerDay()) {
			throw new InvalidInputException(new FieldViolation("windows", "shape", "settings.windows.invalid"));
		}
		long id = units.insert(request.name().strip(), windows, place.code(), place.path(), viewer.get().username());
		audit.record(AuditAction.CREATE, target(id), request.name().strip());
		return view(load(id));
	}

	/** Adds a person of the viewer's area; adding a member twice changes nothing. */
	@PreAuthorize(KEEPERS)
	public StaffUnitView addMember(long unitId, long personId) {
		StaffUnitRow unit = load(unitId);
		viewer.requireWritable(unit.jurisdictionPath());
		PersonView person = people.find(personId);
		if (units.addMember(unitId, person.id(), person.name(), viewer.get().username())) {
			audit.record(AuditAction.UPDATE, target(unitId), "member:" + person.id());
		}
		return view(unit);
	}

	/** One unit with its members; audited as a view of personal data (the members' names). */
	public StaffUnitView find(long id) {
		StaffUnitRow unit = load(id);
		audit.record(AuditAction.VIEW, target(id), null);
		return view(unit);
	}

	/** Units in the viewer's area, by name. */
	@Transactional(readOnly = true)
	public List<StaffUnitView> list() {
		List<StaffUnitRow> found = units.list(viewer.scopePattern(), LIST_LIMIT);
		UnaryOperator<String> named = names.namer(found.stream().map(StaffUnitRow::createdBy).toList());
		return found.stream().map(unit -> view(unit, named)).toList();
	}

	StaffUnitRow load(long id) {
		return units.find(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(UNIT));
	}

	private StaffUnitView view(StaffUnitRow unit) {
		return view(unit, names.namer(unit.createdBy()));
	}

	private StaffUnitView view(StaffUnitRow unit, UnaryOperator<String> named) {
		return new StaffUnitView(unit.id(), unit.name(), unit.jurisdictionCode(),
				unit.windows().stream().map(CheckWindow::toString).toList(), units.members(unit.id()), unit.createdBy(),
				named.apply(unit.createdBy()));
	}

	static String target(long id) {
		return UNIT + ":" + id;
	}
}
