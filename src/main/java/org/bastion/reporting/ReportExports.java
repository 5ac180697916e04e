package org.bastion.reporting;

import java.time.LocalDate;
import java.util.Locale;

import org.bastion.shared.AuditAction;
import org.bastion.shared.AuditTrail;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A place's daily report exported up the chain: the roll-up of a date, within the viewer's area, as the
 * government's xlsx or as a DHIS2 data value set. Every export is audited.
 */
@Service
class ReportExports {

	/** What an export is written as. */
	enum Format {
		XLSX, DHIS2;

		/** The format a caller named, xlsx when none. */
		static Format parse(String text) {
			if (text == null || text.isBlank()) {
				return XLSX;
			}
			for (Format format : values()) {
				if (format.name().equalsIgnoreCase(text.strip())) {
					return format;
				}
			}
			throw new InvalidInputException(new FieldViolation("format", "format", "report.export.format.unknown", text));
		}

		String value() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private final Rollups rollups;

	private final Dhis2Mappings mappings;

	private final AuditTrail audit;

	ReportExports(Rollups rollups, Dhis2Mappings mappings, AuditTrail audit) {
		this.rollups = rollups;
		this.mappings = mappings;
		this.audit = audit;
	}

	/** The roll-up an xlsx is written from; a place outside the viewer's area is not found, a future date refused. */
	@Transactional
	Rollup forWorkbook(String jurisdiction, LocalDate date) {
		Rollup rollup = rollups.rollup(jurisdiction, date);
		exported(rollup, Format.XLSX, "rows=" + rollup.rows().size());
		return rollup;
	}

	@Transactional
	Dhis2DataValueSets.Export forDhis2(String jurisdiction, LocalDate date) {
		Rollup rollup = rollups.rollup(jurisdiction, date);
		Dhis2DataValueSets.Export export = Dhis2DataValueSets.of(rollup, mappings.current());
		exported(rollup, Format.DHIS2, "values=" + export.dataValueSet().dataValues().size() + " unmapped="
				+ export.unmappedFigures().size());
		return export;
	}

	private void exported(Rollup rollup, Format format, String detail) {
		audit.record(AuditAction.EXPORT, "report:" + rollup.place().code() + ":" + rollup.date(),
				format.value() + " " + detail);
	}
}
