package org.bastion.observation;

/**
 * What the list of alerts is asked for, bound from the query string under these names.
 *
 * @param status {@code OPEN}, {@code CLOSED} or null for both, read by {@link Alerts#list} so that any
 * spelling of case works
 * @param jurisdiction a place inside the caller's area; null for all of it
 */
record AlertQuery(String status, String jurisdiction, String cursor, Integer limit) {
}
