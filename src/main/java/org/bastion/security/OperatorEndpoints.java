package org.bastion.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who reaches the operator's endpoints. Health and info are public (load balancers and probes ask
 * them); the metrics and the API's description tell an attacker what runs and how busy it is, so
 * they are for system administrators unless {@code bastion.public-metrics} or
 * {@code bastion.public-docs} opens them, or the actuator has a port of its own
 * ({@code management.server.port}), kept off the public network, where it stays open.
 */
@Configuration
class OperatorEndpoints {

	private static final String[] DOCS = { "/v3/api-docs*", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };

	@Bean
	@Order(0)
	SecurityFilterChain operatorChain(HttpSecurity http, Environment environment,
			@Value("${bastion.public-docs:false}") boolean publicDocs,
			@Value("${bastion.public-metrics:false}") boolean publicMetrics) throws Exception {
		RequestMatcher docs = request -> matchesAny(request, DOCS);
		String admin = Role.SYSTEM_ADMIN.name();
		http.securityMatcher(request -> matchesAny(request, "/actuator/**") || docs.matches(request))
			.authorizeHttpRequests(auth -> {
				auth.requestMatchers("/actuator/health/**", "/actuator/info").permitAll();
				auth.requestMatchers(request -> onManagementPort(request, environment)).permitAll();
				if (publicMetrics) {
					auth.requestMatchers("/actuator/prometheus").permitAll();
				}
				if (publicDocs) {
					auth.requestMatchers(DOCS).permitAll();
				}
				auth.anyRequest().hasRole(admin);
			})
			// A person opening Swagger UI is sent to sign in; a scraper is told 401.
			.exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), docs)
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), request -> true));
		return http.build();
	}

	private static boolean matchesAny(HttpServletRequest request, String... patterns) {
		for (String pattern : patterns) {
			if (pathPattern(pattern).matches(request)) {
				return true;
			}
		}
		return false;
	}

	/** The actuator's own port, set once its server is up; unset when it shares the application's port. */
	private static boolean onManagementPort(HttpServletRequest request, Environment environment) {
		Integer management = environment.getProperty("local.management.port", Integer.class);
		Integer server = environment.getProperty("local.server.port", Integer.class);
		return management != null && management > 0 && !management.equals(server) && request.getLocalPort() == management;
	}
}
