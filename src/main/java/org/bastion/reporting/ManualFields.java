package org.bastion.reporting;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.CurrentViewer;
import org.bastion.shared.FieldClock;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.Inserts;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manual fields of the daily report, which HQ defines. A retired field leaves the form but keeps the
 * values submitted with it.
 */
@Service
class ManualFields {

	/** A report form that grows past this is the thirteen-forms problem again. */
	static final int MOST = 12;

	private final JdbcClient jdbc;

	private final CurrentViewer viewer;

	private final FieldClock clock;

	private final AuditTrail audit;

	ManualFields(JdbcClient jdbc, CurrentViewer viewer, FieldClock clock, AuditTrail audit) {
		this.jdbc = jdbc;
		this.viewer = viewer;
		this.clock = clock;
		this.audit = audit;
	}

	List<ManualField> active() {
		return jdbc.sql("SELECT id, label, position FROM report_manual_field WHERE retired = FALSE ORDER BY position, id")
			.query((rs, row) -> new ManualField(rs.getLong("id"), rs.getString("label"), rs.getInt("position")))
			.list();
	}

	/** Labels of every field ever defined, retired ones too, for reading old reports. */
	Map<Long, String> labels() {
		Map<Long, String> labels = new HashMap<>();
		jdbc.sql("SELECT id, label FROM report_manual_field").query(rs -> {
			labels.put(rs.getLong("id"), rs.getString("label"));
		});
		return labels;
	}

	@Transactional
	@PreAuthorize(Roles.HQ)
	public ManualField add(String label) {
		String text = label == null ? "" : label.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException(new FieldViolation("label", "required", "report.manualField.label.required"));
		}
		if (text.length() > 60) {
			throw new InvalidInputException(new FieldViolation("label", "size", "report.manualField.label.size", 60));
		}
		List<ManualField> fields = active();
		if (fields.stream().anyMatch(f -> f.label().equals(text))) {
			throw new InvalidInputException(new FieldViolation("label", "unique", "report.manualField.label.taken", text));
		}
		if (fields.size() >= MOST) {
			throw new InvalidInputException(new FieldViolation("label", "count", "report.manualField.tooMany", MOST));
		}
		int position = fields.stream().mapToInt(ManualField::position).max().orElse(0) + 1;
		long id = Inserts.returningId(jdbc.sql("""
				INSERT INTO report_manual_field (label, position, created_by, created_at) VALUES (?, ?, ?, ?)""")
			.params(text, position, viewer.get().username(), clock.instant().atOffset(ZoneOffset.UTC)));
		audit.record(AuditAction.CREATE, "report-field:" + id, text);
		return new ManualField(id, text, position);
	}

	@Transactional
	@PreAuthorize(Roles.HQ)
	public void retire(long id) {
		int changed = jdbc.sql("UPDATE report_manual_field SET retired = TRUE WHERE id = ? AND retired = FALSE")
			.params(id)
			.update();
		if (changed == 0) {
			throw new NotFoundException("report.manualField");
		}
		audit.record(AuditAction.DELETE, "report-field:" + id, "retired");
	}
}
