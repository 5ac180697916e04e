package org.bastion.arrivals;

/**
 * The checks a health office ran by hand over arrival lists, each a condition an arrival fails.
 * A person without a resident ID number (another document, or none) fails the ID check: an ID
 * number Bastion stored has a valid check character, so "invalid" and "missing" are the same list.
 */
enum DataQualityList {
	NO_VALID_ID("person_document_type <> 'RESIDENT_ID'"),
	NO_ORIGIN_ADDRESS("origin_address IS NULL"),
	NO_CONTACTS("contact_count = 0"),
	NO_TEMPERATURE("temperature IS NULL");

	private final String failing;

	DataQualityList(String failing) {
		this.failing = failing;
	}

	/** The SQL condition of the arrivals that fail; a constant, never user input. */
	String failingCondition() {
		return failing;
	}
}
