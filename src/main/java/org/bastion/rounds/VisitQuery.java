package org.bastion.rounds;

import java.util.List;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * What a round's list of visits is asked for, bound from the query string under these names.
 *
 * @param jurisdiction a place under the round's area; null for all of it
 * @param status null or empty for every status
 */
record VisitQuery(String jurisdiction,
		@Parameter(description = "One or more statuses, comma separated") List<VisitStatus> status, String cursor,
		Integer limit) {

	List<VisitStatus> statuses() {
		return status == null ? List.of() : status;
	}
}
