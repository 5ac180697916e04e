package org.bastion.shared;

import java.util.List;

/**
 * An upload over a module's own cap (an attachment past its size): refused as bad input naming the field, but
 * answered with 413 Content Too Large, the status a caller's client reads as "send less".
 */
public class TooLargeException extends InvalidInputException {

	public TooLargeException(FieldViolation violation) {
		super(List.of(violation));
	}
}
