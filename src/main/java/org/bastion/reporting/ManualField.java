package org.bastion.reporting;

/** A number HQ asks every unit to type into its daily report, because no record holds it. */
record ManualField(long id, String label, int position) {
}
