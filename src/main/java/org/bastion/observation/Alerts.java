package org.bastion.observation;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.bastion.jurisdiction.Jurisdictions;
import org.bastion.observation.AlertView.AlertAction;
import org.bastion.shared.AccountNames;
import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.ConflictException;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.PageRequest;
import org.bastion.shared.Roles;
import org.bastion.shared.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fever and symptom alerts in the viewer's area (the monitor's grid, their township, the county), listed
 * until someone closes them with what was done.
 */
@Service
@Transactional
class Alerts {

	static final String ALERT = "alert";

	private final AlertDatabase alerts;

	private final Observations observations;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final Jurisdictions jurisdictions;

	private final AccountNames names;

	private final FeverClinicDatabase clinics;

	private final FieldClock clock;

	Alerts(AlertDatabase alerts, Observations observations, CurrentViewer viewer, AuditTrail audit,
			Jurisdictions jurisdictions, AccountNames names, FeverClinicDatabase clinics, FieldClock clock) {
		this.names = names;
		this.clinics = clinics;
		this.clock = clock;
		this.jurisdictions = jurisdictions;
		this.alerts = alerts;
		this.observations = observations;
		this.viewer = viewer;
		this.audit = audit;
	}

	/**
	 * Newest first, cursor paged.
	 *
	 * @param status {@code OPEN}, {@code CLOSED} or null for both
	 * @param jurisdictionCode a place inside the viewer's area, or null for all of it
	 */
	public Slice<AlertView> list(String status, String jurisdictionCode, String cursor, Integer limit) {
		String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase(java.util.Locale.ROOT);
		if (wanted != null && !wanted.equals("OPEN") && !wanted.equals("CLOSED")) {
			throw new InvalidInputException(new FieldViolation("status", "known", "alert.status.unknown"));
		}
		PageRequest page = PageRequest.of(cursor, limit, "observation.cursor.shape");
		List<AlertView> rows = alerts.list(jurisdictions.scopePattern(jurisdictionCode), wanted, page.after(), page.fetch());
		audit.record(AuditAction.SEARCH, ALERT, "status:" + wanted + " jurisdiction:" + jurisdictionCode);
		Slice<AlertView> slice = page.slice(rows, AlertView::id);
		return new Slice<>(AlertView.named(slice.items(), names), slice.nextCursor());
	}

	/** One alert of the viewer's area, with its monitor's name; audited (in the write transaction), as it names the person. */
	public AlertView find(long id) {
		AlertView alert = alerts.find(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(ALERT));
		audit.record(AuditAction.VIEW, ALERT + ":" + id, null);
		return named(alert);
	}

	/** The place an alert of the viewer's area belongs to: the clinics serving it are offered for a referral. */
	@Transactional(readOnly = true)
	public JurisdictionPath placeOf(long id) {
		alerts.find(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(ALERT));
		return alerts.pathOf(id).orElseThrow(() -> new NotFoundException(ALERT));
	}

	/**
	 * Refers the alert's person to one of the fever clinics serving the alert's place, which closes the alert
	 * with the referral recorded on it.
	 *
	 * @throws InvalidInputException {@code clinicId} when no clinic is named or it does not serve the place
	 * @throws ConflictException {@code alert.closed} when someone closed it already (a second tap too)
	 */
	@PreAuthorize(Roles.HEALTH_WORKERS)
	public AlertView refer(long id, AlertReferral referral) {
		AlertView alert = alerts.find(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(ALERT));
		JurisdictionPath place = alerts.pathOf(id).orElseThrow(() -> new NotFoundException(ALERT));
		viewer.requireWritable(place);
		if (!alert.open()) {
			throw new ConflictException("alert.closed", named(alert));
		}
		List<FieldViolation> refused = new ArrayList<>();
		FeverClinic clinic = referral.clinicId() == null ? null
				: clinics.servingOne(referral.clinicId(), place).orElse(null);
		if (clinic == null) {
			refused.add(new FieldViolation("clinicId", "known", "alert.clinic.required"));
		}
		String note = referral.note() == null ? "" : referral.note().strip();
		if (note.length() > 500) {
			refused.add(new FieldViolation("note", "size", "alert.note.size"));
		}
		if (!refused.isEmpty()) {
			throw new InvalidInputException(refused);
		}
		if (!alerts.refer(id, clinic.id(), clinic.name(), note.isEmpty() ? clinic.name() : note, viewer.get().username(),
				clock.instant())) {
			throw new ConflictException("alert.closed", alerts.find(id, viewer.scopePattern()).map(this::named).orElse(null));
		}
		audit.record(AuditAction.UPDATE, ALERT + ":" + id, "refer:" + clinic.id());
		return named(alerts.find(id, viewer.scopePattern()).orElseThrow());
	}

	/** The alerts of one order, newest first. */
	@Transactional(readOnly = true)
	public List<AlertView> ofObservation(long observationId) {
		observations.load(observationId);
		return AlertView.named(alerts.ofObservation(observationId), names);
	}

	/** Open alerts in the viewer's area, for the home page and the navigation. */
	@Transactional(readOnly = true)
	public long countOpen() {
		return alerts.countOpen(viewer.scopePattern());
	}

	/**
	 * Closes an alert with what was done.
	 *
	 * @throws ConflictException {@code alert.closed} when someone closed it already
	 */
	@PreAuthorize(Roles.HEALTH_WORKERS)
	public AlertView close(long id, AlertClosing closing) {
		AlertView alert = alerts.find(id, viewer.scopePattern()).orElseThrow(() -> new NotFoundException(ALERT));
		viewer.requireWritable(new org.bastion.shared.JurisdictionPath(pathOf(alert)));
		if (!alert.open() || !alerts.close(id, closing.action(), closing.note().strip(), viewer.get().username())) {
			throw new ConflictException("alert.closed",
					alerts.find(id, viewer.scopePattern()).map(this::named).orElse(null));
		}
		audit.record(AuditAction.UPDATE, ALERT + ":" + id, "close:" + closing.action());
		return named(alerts.find(id, viewer.scopePattern()).orElseThrow());
	}

	private AlertView named(AlertView alert) {
		return AlertView.named(List.of(alert), names).getFirst();
	}

	private String pathOf(AlertView alert) {
		return observations.load(alert.observationId()).jurisdictionPath().value();
	}

	/** A referral to a fever clinic; the note is optional, the clinic's name stands for it. */
	public record AlertReferral(Long clinicId, String note) {
	}

	/** Closes an alert with what was done; the note is required so the list says why it is gone. */
	public record AlertClosing(@NotNull(message = "{alert.action.required}") AlertAction action,
			@NotBlank(message = "{alert.note.required}") @Size(max = 500, message = "{alert.note.size}") String note) {
	}
}
