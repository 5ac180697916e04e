package org.bastion.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A database outage met before any controller (an API request reads its token from the database in
 * the security filters) is a 503 to retry, as it is inside a controller, not an unexpected 500.
 */
@Component
class OutageAtTheEdge extends OncePerRequestFilter implements Ordered {

	private static final Logger log = LoggerFactory.getLogger(OutageAtTheEdge.class);

	private final EdgeRefusals refusals;

	OutageAtTheEdge(EdgeRefusals refusals) {
		this.refusals = refusals;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException failure) {
			if (response.isCommitted() || DatabaseTrouble.of(failure) != DatabaseTrouble.UNAVAILABLE) {
				throw failure;
			}
			log.warn("The database is unavailable: {}", DatabaseTrouble.deepestMessage(failure));
			response.reset();
			refusals.refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, "error.unavailable", null);
		}
	}
}
