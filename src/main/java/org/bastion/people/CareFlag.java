package org.bastion.people;

/** Special-care groups the field looks after first during a lockdown (deliveries, visits, medicine). */
public enum CareFlag {
	ELDERLY_ALONE, HARDSHIP, DISABLED, PREGNANT, SMALL_CHILD
}
