package org.bastion.security;

import java.time.Duration;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The password check behind both doors (the sign-in page and {@code POST /api/v1/auth/token}), held to
 * the allowance of the caller's address before a password is compared. The address is the request's
 * remote address, which names the client behind a proxy only when forwarded headers are trusted from
 * that proxy ({@code server.tomcat.remoteip.internal-proxies}).
 */
class ThrottledAuthenticationManager implements AuthenticationManager {

	private final AuthenticationManager delegate;

	private final SignInThrottle throttle;

	ThrottledAuthenticationManager(AuthenticationManager delegate, SignInThrottle throttle) {
		this.delegate = delegate;
		this.throttle = throttle;
	}

	/** Refused before the password was looked at: the caller's address has used up its failures. */
	static class TooManyAttempts extends AuthenticationException {

		private final Duration retryAfter;

		TooManyAttempts(Duration retryAfter) {
			super("Too many failed sign-ins from this address");
			this.retryAfter = retryAfter;
		}

		/** Whole seconds until the next attempt is allowed, at least one. */
		long retryAfterSeconds() {
			return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
		}
	}

	@Override
	public Authentication authenticate(Authentication request) {
		String address = clientAddress();
		if (address == null) {
			return delegate.authenticate(request);
		}
		Duration wait = throttle.take(address);
		if (!wait.isZero()) {
			throw new TooManyAttempts(wait);
		}
		Authentication result = delegate.authenticate(request);
		throttle.giveBack(address);
		return result;
	}

	private static String clientAddress() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest().getRemoteAddr() : null;
	}
}
