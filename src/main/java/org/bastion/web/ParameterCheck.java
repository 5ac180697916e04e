package org.bastion.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, query and form parameters that cannot be decoded (such as
 * {@code ?q=%FF}: Tomcat throws on first access, wherever that is, and the request ended as a 500 with
 * a stack trace) or that carry a control character, naming the parameter. Runs right after the
 * character encoding filter, so form bodies are decoded as UTF-8.
 *
 * <p>Multipart requests are left alone: parsing them here would read the upload before the size
 * checks of {@link UploadTooLarge} and the controllers, and their text fields are few.
 */
@Component
class ParameterCheck extends OncePerRequestFilter implements Ordered {

	private final EdgeRefusals refusals;

	ParameterCheck(EdgeRefusals refusals) {
		this.refusals = refusals;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
			chain.doFilter(request, response);
			return;
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException | IllegalArgumentException undecodable) {
			refusals.refuse(request, response, HttpStatus.BAD_REQUEST, "error.encoding", null);
			return;
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (ControlCharacters.in(parameter.getKey()) || anyControl(parameter.getValue())) {
				refusals.refuse(request, response, HttpStatus.BAD_REQUEST, "error.controlCharacter",
						printable(parameter.getKey()));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean anyControl(String[] values) {
		for (String value : values) {
			if (ControlCharacters.in(value)) {
				return true;
			}
		}
		return false;
	}

	/** The parameter's name as it can be shown back, without the control characters it may carry. */
	private static String printable(String name) {
		return name.replaceAll("\\p{Cntrl}", "");
	}
}
