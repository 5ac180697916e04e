package org.bastion.observation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.Idempotency;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fever clinics HQ keeps per area: listed for everyone in the area, added and retired by HQ, and offered
 * on an alert's page as the places its person can be referred to.
 */
@Service
@Transactional(readOnly = true)
class FeverClinics {

	static final String CLINIC = "fever-clinic";

	/** A landline with its area code or a mobile, as a clinic's desk answers: digits and dashes. */
	private static final Pattern PHONE = Pattern.compile("[0-9][0-9-]{2,19}");

	private final FeverClinicDatabase clinics;

	private final Jurisdictions jurisdictions;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final FieldClock clock;

	FeverClinics(FeverClinicDatabase clinics, Jurisdictions jurisdictions, CurrentViewer viewer, AuditTrail audit,
			FieldClock clock) {
		this.clinics = clinics;
		this.jurisdictions = jurisdictions;
		this.viewer = viewer;
		this.audit = audit;
		this.clock = clock;
	}

	/** The clinics of the viewer's area and below, active first, each with its area's name. */
	public List<FeverClinic> list() {
		return named(clinics.in(viewer.scopePattern()));
	}

	/** The active clinics serving a place: its own area's and those above it, nearest first. */
	List<FeverClinic> serving(JurisdictionPath place) {
		return named(clinics.serving(place));
	}

	/**
	 * Adds a clinic to an area of HQ's; the same client id again adds nothing and answers the first.
	 *
	 * @throws InvalidInputException naming each field refused
	 */
	@Transactional
	@PreAuthorize(Roles.HQ)
	public FeverClinic add(NewFeverClinic clinic) {
		String clientId = Idempotency.stored(clinic.clientId(), "clinic.clientId.size");
		if (clientId != null) {
			var stored = clinics.idOfClient(clientId);
			if (stored.isPresent()) {
				return find(stored.get()).asReplayed();
			}
		}
		List<FieldViolation> refused = new ArrayList<>();
		required(refused, "name", clinic.name(), 100, "clinic.name.required", "clinic.name.size");
		required(refused, "address", clinic.address(), 200, "clinic.address.required", "clinic.address.size");
		if (clinic.phone() != null && !clinic.phone().isBlank() && !PHONE.matcher(clinic.phone().strip()).matches()) {
			refused.add(new FieldViolation("phone", "format", "clinic.phone.format"));
		}
		Jurisdiction area = null;
		if (clinic.jurisdictionCode() == null || clinic.jurisdictionCode().isBlank()) {
			refused.add(new FieldViolation("jurisdictionCode", "required", "clinic.area.required"));
		}
		else {
			try {
				area = jurisdictions.writable(clinic.jurisdictionCode().strip());
			}
			catch (NotFoundException | ForbiddenException outside) {
				refused.add(new FieldViolation("jurisdictionCode", "inArea", "clinic.area.outside"));
			}
		}
		if (!refused.isEmpty()) {
			throw new InvalidInputException(refused);
		}
		long id = clinics.insert(clinic, clientId, area.path(), viewer.get().username(), clock.instant());
		audit.record(AuditAction.CREATE, CLINIC + ":" + id, area.code());
		return find(id);
	}

	/** Takes a clinic off the alerts' lists; referrals made to it keep its name. */
	@Transactional
	@PreAuthorize(Roles.HQ)
	public FeverClinic retire(long id) {
		FeverClinic clinic = find(id);
		viewer.requireWritable(jurisdictions.visible(clinic.jurisdictionCode()).path());
		if (clinics.retire(id, viewer.get().username(), clock.instant())) {
			audit.record(AuditAction.UPDATE, CLINIC + ":" + id, "retire");
		}
		return find(id);
	}

	private FeverClinic find(long id) {
		return clinics.find(id, viewer.scopePattern())
			.map(this::named)
			.orElseThrow(() -> new NotFoundException(CLINIC));
	}

	private FeverClinic named(FeverClinic clinic) {
		return clinic.inArea(jurisdictions.find(clinic.jurisdictionCode()).map(Jurisdiction::name)
			.orElse(clinic.jurisdictionCode()));
	}

	private List<FeverClinic> named(List<FeverClinic> list) {
		return list.stream().map(this::named).toList();
	}

	private static void required(List<FieldViolation> refused, String field, String value, int max, String missing,
			String tooLong) {
		if (value == null || value.isBlank()) {
			refused.add(new FieldViolation(field, "required", missing));
		}
		else if (value.strip().length() > max) {
			refused.add(new FieldViolation(field, "size", tooLong, max));
		}
	}
}
