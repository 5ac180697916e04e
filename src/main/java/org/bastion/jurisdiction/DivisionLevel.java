package org.bastion.jurisdiction;

/** Levels of the national catalogue, by the length of their statistical code. */
enum DivisionLevel {
	PROVINCE, CITY, COUNTY, TOWNSHIP, VILLAGE
}
