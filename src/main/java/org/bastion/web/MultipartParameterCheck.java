package org.bastion.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The text fields of an upload (a list's name, its deadline) checked as {@link ParameterCheck} checks
 * every other parameter. It runs once the dispatcher has read the upload under its size limits, which
 * a filter in front of it cannot wait for.
 */
class MultipartParameterCheck implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (request instanceof MultipartHttpServletRequest) {
			for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
				for (String value : parameter.getValue()) {
					if (ControlCharacters.in(value)) {
						String field = parameter.getKey().replaceAll("\\p{Cntrl}", "");
						throw new InvalidInputException(
								new FieldViolation(field, "controlCharacter", "error.controlCharacter", field));
					}
				}
			}
		}
		return true;
	}
}
