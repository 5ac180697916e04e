package org.bastion.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.bastion.shared.JurisdictionPath;
import org.bastion.shared.StartRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the first start of a real deployment, creates the one system administrator. Its password
 * comes from {@code BASTION_ADMIN_PASSWORD} or is generated and printed once: no default
 * password ever reaches a deployment. The demo creates its own accounts instead. A configured
 * password passes the rules of {@link NewUser}, as every account's does, or the start is refused
 * before the port opens.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner, SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	static final String USERNAME = "admin";

	private final Users users;

	private final String configuredPassword;

	private final Validator validator;

	private final MessageSource messages;

	FirstAdministrator(Users users, @Value("${BASTION_ADMIN_PASSWORD:}") String configuredPassword, Validator validator,
			MessageSource messages) {
		this.users = users;
		this.configuredPassword = configuredPassword;
		this.validator = validator;
		this.messages = messages;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (configuredPassword.isBlank() || !users.none()) {
			return;
		}
		var broken = validator.validateProperty(administrator(configuredPassword), "password");
		if (!broken.isEmpty()) {
			String rules = broken.stream().map(this::inEnglish).sorted().collect(Collectors.joining("; "));
			throw new StartRefused("BASTION_ADMIN_PASSWORD does not pass the password rule of every account (%s)."
				.formatted(rules), "Set a stronger BASTION_ADMIN_PASSWORD, or unset it to have one generated and printed once.");
		}
	}

	/** The log is the operator's, in English as the rest of it; the bundle's English text names the rule. */
	private String inEnglish(ConstraintViolation<NewUser> violation) {
		String template = violation.getMessageTemplate();
		if (template.startsWith("{") && template.endsWith("}")) {
			return messages.getMessage(template.substring(1, template.length() - 1), null, violation.getMessage(),
					Locale.ENGLISH);
		}
		return violation.getMessage();
	}

	private static NewUser administrator(String password) {
		return new NewUser(USERNAME, "系统管理员", password, Role.SYSTEM_ADMIN, "-");
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!users.none()) {
			return;
		}
		boolean generated = configuredPassword.isBlank();
		String password = generated ? generate() : configuredPassword;
		users.createUnchecked(administrator(password), null, JurisdictionPath.ROOT);
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
