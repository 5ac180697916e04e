package org.bastion.shared;

/**
 * A start that must not go on, told to the operator: what is wrong and what to do, each one
 * sentence. The operations module prints the two as the last line of the log.
 */
public class StartRefused extends RuntimeException {

	private final String action;

	public StartRefused(String reason, String action) {
		super(reason);
		this.action = action;
	}

	public StartRefused(String reason, String action, Throwable cause) {
		super(reason, cause);
		this.action = action;
	}

	public String reason() {
		return getMessage();
	}

	public String action() {
		return action;
	}
}
