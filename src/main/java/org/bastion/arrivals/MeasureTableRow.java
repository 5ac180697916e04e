package org.bastion.arrivals;

import jakarta.validation.constraints.NotNull;

/** One row of the measures table: a risk level, with or without fever, and its measure. */
record MeasureTableRow(@NotNull(message = "{measure.riskLevel.required}") RiskLevel riskLevel, boolean fever,
		@NotNull(message = "{measure.measure.required}") Measure measure) {
}
