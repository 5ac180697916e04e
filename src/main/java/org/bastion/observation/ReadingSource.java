package org.bastion.observation;

/** Who took a reading: the monitor (or other staff) or the observed person through their link. */
public enum ReadingSource {
	STAFF, SELF
}
