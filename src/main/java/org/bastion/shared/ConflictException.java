package org.bastion.shared;

/** The request collides with what is stored, e.g. a second person with the same ID number. */
public class ConflictException extends BastionException {

	private final transient Object existing;

	public ConflictException(String messageKey, Object existing, Object... arguments) {
		super(messageKey, arguments);
		this.existing = existing;
	}

	/** What is already stored, returned to the client so it can carry on with it. */
	public Object existing() {
		return existing;
	}
}
