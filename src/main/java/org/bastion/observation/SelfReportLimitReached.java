package org.bastion.observation;

import org.bastion.shared.BastionException;

/** The link was used more often this hour than a person checks their temperature. */
public class SelfReportLimitReached extends BastionException {

	public SelfReportLimitReached() {
		super("selfReport.limit", SelfReportLimit.POSTS_PER_HOUR);
	}
}
