package org.bastion.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.bastion.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The audit log's page names each account by its person, its login beside it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditPageTests {

	@LocalServerPort
	int port;

	@Test
	void theAuditLogShowsWhoActedByNameWithTheirLoginBeside() throws Exception {
		// Signing in is itself audited: the township's account has an entry.
		PageSession.signIn(port, "demo-township").get("/checkpoints");
		String page = PageSession.signIn(port, "demo-admin").get("/admin/audit?user=demo-township").body();
		assertThat(page).contains("id=\"audit-table\"").contains("<span>共乐镇 王芳</span>")
			.contains("<span class=\"hint nowrap\">demo-township</span>");
	}
}
