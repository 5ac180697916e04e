package org.bastion.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.bastion.shared.JurisdictionPath;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of a real deployment, creates the one system administrator. Its password
 * comes from {@code BASTION_ADMIN_PASSWORD} or is generated and printed once: no default
 * password ever reaches a deployment. The demo creates its own accounts instead.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	static final String USERNAME = "admin";

	private final Users users;

	private final String configuredPassword;

	FirstAdministrator(Users users, @Value("${BASTION_ADMIN_PASSWORD:}") String configuredPassword) {
		this.users = users;
		this.configuredPassword = configuredPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!users.none()) {
			return;
		}
		boolean generated = configuredPassword.isBlank();
		String password = generated ? generate() : configuredPassword;
		users.createUnchecked(new NewUser(USERNAME, "系统管理员", password, Role.SYSTEM_ADMIN, "-"), null,
				JurisdictionPath.ROOT);
		if (generated) {
			log.warn("""

					==============================================================
					  First start: created the system administrator
					    username: {}
					    password: {}
					  This password is shown only now. Sign in and create accounts.
					==============================================================""", USERNAME, password);
		}
		else {
			log.info("First start: created the system administrator '{}' with the password from BASTION_ADMIN_PASSWORD",
					USERNAME);
		}
	}

	private static String generate() {
		byte[] bytes = new byte[12];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
