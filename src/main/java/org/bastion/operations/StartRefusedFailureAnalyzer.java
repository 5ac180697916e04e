package org.bastion.operations;

import org.bastion.shared.StartRefused;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** A start refused by one of Bastion's own checks already says why and what to do. */
@Order(Ordered.HIGHEST_PRECEDENCE)
class StartRefusedFailureAnalyzer extends AbstractFailureAnalyzer<StartRefused> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartRefused cause) {
		return new FailureAnalysis(cause.reason(), cause.action(), cause);
	}
}
