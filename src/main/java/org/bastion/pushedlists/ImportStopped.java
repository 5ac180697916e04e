package org.bastion.pushedlists;

import org.bastion.shared.BastionException;

/**
 * A job that stopped reading because the file passed a limit: the rows already refused stay for the
 * error file, which tells the user what is wrong with the file better than more of them would.
 */
final class ImportStopped extends BastionException {

	ImportStopped(String messageKey, int limit) {
		super(messageKey, String.valueOf(limit));
	}

	String argument() {
		return (String) arguments()[0];
	}
}
