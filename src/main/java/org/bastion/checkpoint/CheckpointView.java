package org.bastion.checkpoint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A checkpoint of the register as its readers see it; the code of its QR poster is not part of it, since
 * whoever holds that code can pass for someone standing at the site.
 *
 * @param open whether it is staffed today: opened on or before today and not closed before it
 * @param replayed true when a retried submission returned the checkpoint it had already stored
 */
public record CheckpointView(long id, String name, CheckpointLevel level, String road, String description,
		BigDecimal latitude, BigDecimal longitude, List<StaffingAgency> agencies, LocalDate openedOn,
		LocalDate closedOn, boolean open, String jurisdictionCode, String jurisdictionName, String createdBy,
		String createdByName, Instant createdAt, boolean replayed) {

	CheckpointView replay() {
		return new CheckpointView(id, name, level, road, description, latitude, longitude, agencies, openedOn,
				closedOn, open, jurisdictionCode, jurisdictionName, createdBy, createdByName, createdAt, true);
	}
}
