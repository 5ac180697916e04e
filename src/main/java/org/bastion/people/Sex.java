package org.bastion.people;

/** Sex as recorded in a resident ID number (odd 17th digit for men, even for women). */
public enum Sex {
	MALE,
	FEMALE
}
