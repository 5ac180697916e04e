package org.bastion.isolation;

/** What an occupant of an isolation site asks for. */
enum NeedKind {
	FOOD, MEDICINE, ITEMS, COUNSELLING, OTHER
}
