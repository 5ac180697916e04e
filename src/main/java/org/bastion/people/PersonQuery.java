package org.bastion.people;

import io.swagger.v3.oas.annotations.Parameter;

/**
 * A search of persons, bound from the query string under these names.
 *
 * @param q see {@link org.bastion.people.People#search}; empty lists everyone
 */
record PersonQuery(String q, @Parameter(description = "A jurisdiction code inside the caller's area") String jurisdiction,
		String cursor, Integer limit) {
}
