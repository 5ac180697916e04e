package org.bastion.checkpoint;

/** A scan of the QR poster at a site, by the person arriving for duty there. */
record DutyScan(String siteCode) {
}
