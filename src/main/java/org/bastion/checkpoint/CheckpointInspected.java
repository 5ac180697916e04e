package org.bastion.checkpoint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A supervisor visited a checkpoint. Published for command, which makes what was found lacking the
 * township's task to put right, and for reporting.
 *
 * @param rectifyBy the deadline the inspector set, if any
 */
public record CheckpointInspected(long inspectionId, long checkpointId, String checkpointName, String jurisdictionCode,
		Instant inspectedAt, List<InspectionItem> lacking, String finding, LocalDate rectifyBy) {
}
