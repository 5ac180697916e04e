package org.bastion.shared;

/** Nothing of that kind with that id inside the viewer's area. */
public class NotFoundException extends BastionException {

	public NotFoundException(String what) {
		super("error.notFound", what);
	}
}
