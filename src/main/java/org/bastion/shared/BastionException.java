package org.bastion.shared;

/**
 * A refusal a user can understand: a message key from the bundles and its arguments, turned into
 * an RFC 9457 problem (API) or a message on the page (forms) in the user's language.
 */
public abstract class BastionException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	protected BastionException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
