package org.bastion.people;

/**
 * The identity document a person is registered with. A resident ID number is the usual case and the
 * only one that deduplicates; the others are for people without one (foreigners, people from Hong
 * Kong, Macao and Taiwan, infants not yet given a number).
 */
public enum DocumentType {
	RESIDENT_ID, PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT, FOREIGN_PERMANENT_ID, BIRTH_CERTIFICATE,
	/** Nothing to show yet, e.g. a newborn: birth date and sex are then entered by hand. */
	NONE
}
