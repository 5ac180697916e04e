package org.bastion.shared;

/** The viewer may not do this: a read-only role, or a place outside their area. */
public class ForbiddenException extends BastionException {

	public ForbiddenException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
