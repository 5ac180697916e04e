package org.bastion.cases;

/**
 * What the list of cases is asked for, bound from the query string under these names.
 *
 * @param jurisdiction a place inside the caller's area; null for all of it
 * @param status null for every status
 */
record CaseQuery(String jurisdiction, CaseStatus status, String cursor, Integer limit) {
}
