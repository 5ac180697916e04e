package org.bastion.checkpoint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A checkpoint to put on the register.
 *
 * @param jurisdictionCode the place that answers for the checkpoint: its township for a border post, the
 *        county for a highway exit
 * @param openedOn the first day it is staffed; today when absent
 * @param closedOn the last day, when already known
 * @param clientId makes a retried submission store once
 */
public record NewCheckpoint(
		@NotBlank(message = "{checkpoint.name.required}") @Size(max = 100, message = "{checkpoint.name.size}") String name,
		@NotNull(message = "{checkpoint.level.required}") CheckpointLevel level,
		@NotBlank(message = "{checkpoint.jurisdictionCode.required}") @Size(max = 24, message = "{checkpoint.jurisdictionCode.unknown}") String jurisdictionCode,
		@Size(max = 100, message = "{checkpoint.road.size}") String road,
		@Size(max = 500, message = "{checkpoint.description.size}") String description,
		@DecimalMin(value = "-90", message = "{checkpoint.latitude.range}") @DecimalMax(value = "90", message = "{checkpoint.latitude.range}") BigDecimal latitude,
		@DecimalMin(value = "-180", message = "{checkpoint.longitude.range}") @DecimalMax(value = "180", message = "{checkpoint.longitude.range}") BigDecimal longitude,
		@NotEmpty(message = "{checkpoint.agencies.required}") Set<StaffingAgency> agencies,
		LocalDate openedOn,
		LocalDate closedOn,
		@Size(max = 64, message = "{checkpoint.clientId.size}") String clientId) {

	public NewCheckpoint withClientId(String id) {
		return new NewCheckpoint(name, level, jurisdictionCode, road, description, latitude, longitude, agencies,
				openedOn, closedOn, id);
	}
}
