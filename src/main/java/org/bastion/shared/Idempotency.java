package org.bastion.shared;

/**
 * How a phone that may send the same create twice (a weak signal, a retry) is told apart from a second
 * create: it names the submission with a client id, in the body or in this header, and the one stored
 * under that id is answered again.
 */
public final class Idempotency {

	/** The header a client may send instead of a body's {@code clientId}. */
	public static final String KEY = "Idempotency-Key";

	private Idempotency() {
	}
}
