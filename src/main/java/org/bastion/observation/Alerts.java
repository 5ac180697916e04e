package org.bastion.observation;

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

	Alerts(AlertDatabase alerts, Observations observations, CurrentViewer viewer, AuditTrail audit,
			Jurisdictions jurisdictions, AccountNames names) {
		this.names = names;
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

	/** Closes an alert with what was done; the note is required so the list says why it is gone. */
	public record AlertClosing(@NotNull(message = "{alert.action.required}") AlertAction action,
			@NotBlank(message = "{alert.note.required}") @Size(max = 500, message = "{alert.note.size}") String note) {
	}
}
