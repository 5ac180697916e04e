package org.bastion.isolation;

import java.util.UUID;

import org.bastion.security.SystemTask;
import org.springframework.context.ApplicationContext;

/** Sites for tests of other modules that need one (an order at a site), made through the isolation service. */
public final class IsolationTestSites {

	private IsolationTestSites() {
	}

	/** A new hotel in {@code jurisdictionCode}, made by the context's isolation service; its id. */
	public static long site(ApplicationContext context, String jurisdictionCode) {
		return site(context.getBean(IsolationSites.class), jurisdictionCode);
	}

	static long site(IsolationSites sites, String jurisdictionCode) {
		String name = "测试隔离点" + UUID.randomUUID().toString().substring(0, 8);
		return SystemTask.call(() -> sites.create(new IsolationSiteRequest(name, IsolationSiteKind.HOTEL, jurisdictionCode,
				null, null, null)))
			.id();
	}
}
