package org.bastion.checkpoint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A supervisor's visit as its readers see it.
 *
 * @param inspectorName the inspector's name as their account gives it
 * @param passed whether nothing was found lacking
 * @param replayed whether this answers a retried submission with the visit first stored
 */
public record InspectionView(long id, long checkpointId, String checkpointName, String jurisdictionCode,
		Instant inspectedAt, String inspector, String inspectorName, List<InspectionItem> lacking, String finding,
		LocalDate rectifyBy, boolean passed, boolean replayed) {

	InspectionView replay() {
		return new InspectionView(id, checkpointId, checkpointName, jurisdictionCode, inspectedAt, inspector,
				inspectorName, lacking, finding, rectifyBy, passed, true);
	}
}
