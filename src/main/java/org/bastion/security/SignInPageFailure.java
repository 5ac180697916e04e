package org.bastion.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A refused sign-in on the page: back to the form with the error, or, when the address has used up
 * its failures, the form itself answered as 429 with {@code Retry-After} and how long to wait.
 */
class SignInPageFailure implements AuthenticationFailureHandler {

	/** The request attribute the sign-in page reads: minutes until the next attempt. */
	static final String THROTTLED = "signInThrottledMinutes";

	private final AuthenticationFailureHandler usual = new SimpleUrlAuthenticationFailureHandler("/login?error");

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (!(exception instanceof ThrottledAuthenticationManager.TooManyAttempts tooMany)) {
			usual.onAuthenticationFailure(request, response, exception);
			return;
		}
		long seconds = tooMany.retryAfterSeconds();
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		request.setAttribute(THROTTLED, Math.max(1, (seconds + 59) / 60));
		// Shown as the GET of the form would be, so that the forward is not taken for another sign-in.
		request.getRequestDispatcher("/login").forward(new HttpServletRequestWrapper(request) {
			@Override
			public String getMethod() {
				return "GET";
			}
		}, response);
	}
}
