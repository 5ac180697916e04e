package org.bastion.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two doors: the API ({@code /api/**}) takes bearer tokens and keeps no session; the pages take a
 * form sign-in with a session and CSRF tokens. Which record a user may touch is decided below,
 * by the area scope of {@link SecurityCurrentViewer}; these rules only say who may knock.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

	/** The actuator and the API's description have rules of their own: {@link OperatorEndpoints}. */
	private static final String[] PUBLIC_PAGES = { "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
			"/error", "/language", "/self-report/**",
			// The installable site: the browser fetches its worker and manifest without the session's cookie at times.
			"/sw.js", "/manifest.webmanifest", "/icons/**" };

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * No observation around each of the dozen filters of every request, nor around each authorization:
	 * with a timer started and stopped per filter they were a tenth of what a trivial API request cost.
	 * Each request is still timed once as a whole ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** The one password check of both doors, the page's form sign-in and the API's token sign-in. */
	@Bean
	AuthenticationManager authenticationManager(AccountDetailsService accounts, PasswordEncoder passwords,
			AuthenticationEventPublisher events, SignInThrottle throttle) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
		provider.setPasswordEncoder(passwords);
		ProviderManager manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(events);
		return new ThrottledAuthenticationManager(manager, throttle);
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ProblemWriter problems) throws Exception {
		http.securityMatcher("/api/**")
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				.requestMatchers("/api/v1/audit/**", "/api/v1/users/**")
				.hasRole(Role.SYSTEM_ADMIN.name())
				.anyRequest()
				.authenticated())
			.addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(ex -> ex.authenticationEntryPoint(problems.unauthorized())
				.accessDeniedHandler(problems.forbidden()))
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable());
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, AuthenticationManager manager, Tokens tokens) throws Exception {
		http.authenticationManager(manager)
			.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PAGES)
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole(Role.SYSTEM_ADMIN.name())
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(new SignInPageFailure())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout")
				.addLogoutHandler(new RevokeTokensOnSignOut(tokens))
				.logoutSuccessUrl("/login?logout"))
			.headers(headers -> headers
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'self'")));
		return http.build();
	}
}
