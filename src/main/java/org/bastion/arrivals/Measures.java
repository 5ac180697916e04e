package org.bastion.arrivals;

import java.util.List;

import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures table HQ keeps: which measure is recommended for each risk level, with and without
 * fever. Everyone reads it; HQ changes it. A change applies to arrivals registered or re-assessed after it.
 */
@Service
@Transactional
class Measures {

	private final MeasureDatabase database;

	private final CurrentViewer viewer;

	private final AuditTrail audit;

	private final FieldClock clock;

	Measures(MeasureDatabase database, CurrentViewer viewer, AuditTrail audit, FieldClock clock) {
		this.clock = clock;
		this.database = database;
		this.viewer = viewer;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public MeasureTable table() {
		return database.table();
	}

	/**
	 * Replaces the whole table (all eight rows).
	 *
	 * @throws org.bastion.shared.InvalidInputException when a row is missing or a fever is treated too lightly
	 */
	@PreAuthorize(Roles.HQ)
	public MeasureTable replace(List<MeasureTableRow> rules) {
		MeasureTable table = new MeasureTable(rules).check();
		database.replace(table, viewer.get().username(), clock.instant());
		audit.record(AuditAction.UPDATE, "measure_rule", null);
		return database.table();
	}
}
