package org.bastion.shared;

/**
 * Who is asking. Implemented by the security module; every scoped query and every masking
 * decision starts here, so the rule is applied by one piece of code for pages, API and exports.
 */
public interface CurrentViewer {

	Viewer get();

	/** The subtree of the current viewer, to be bound through {@link InScope}. */
	default String scopePattern() {
		return get().scope().likePattern();
	}

	/** Refuses a place outside the viewer's subtree, reported as not found so ids do not leak. */
	default void requireVisible(JurisdictionPath path, String what) {
		if (!get().canSee(path)) {
			throw new NotFoundException(what);
		}
	}

	/** Refuses a change aimed at a place outside the viewer's subtree, or by a read-only role. */
	default void requireWritable(JurisdictionPath path) {
		Viewer viewer = get();
		if (viewer.readOnly()) {
			throw new ForbiddenException("error.readOnly");
		}
		if (!viewer.canSee(path)) {
			throw new ForbiddenException("error.outsideArea");
		}
	}
}
