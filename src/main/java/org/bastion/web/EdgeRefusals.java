package org.bastion.web;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers a request refused by a filter, before any controller: a problem document on the API, and
 * on a page the error page with the message, through the container's error dispatch.
 */
@Component
class EdgeRefusals implements ErrorViewResolver {

	/** The request attribute carrying the page's message to the error view. */
	private static final String MESSAGE = EdgeRefusals.class.getName() + ".message";

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	EdgeRefusals(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	/**
	 * @param field the field the refusal names, or null when it concerns the whole request
	 */
	void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key, String field)
			throws IOException {
		Locale locale = locales.resolveLocale(request);
		String message = messages.getMessage(key, field == null ? null : new Object[] { field }, locale);
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader("Retry-After", String.valueOf(DatabaseTrouble.RETRY_AFTER_SECONDS));
		}
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			request.setAttribute(MESSAGE, message);
			response.sendError(status.value());
			return;
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", field == null ? message : messages.getMessage("error.invalidInput", null, locale));
		body.put("instance", request.getRequestURI());
		if (field != null) {
			body.put("violations", List.of(new ApiProblems.Violation(field, ruleOf(key), message)));
		}
		json.writeValue(response.getOutputStream(), body);
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (!(request.getAttribute(MESSAGE) instanceof String message)) {
			return null;
		}
		Map<String, Object> page = new HashMap<>(model);
		page.put("status", status.value());
		page.put("message", message);
		ModelAndView view = new ModelAndView("error", page);
		view.setStatus(status);
		return view;
	}

	/** error.controlCharacter → controlCharacter, the rule as the API names it. */
	private static String ruleOf(String key) {
		return key.substring(key.lastIndexOf('.') + 1);
	}
}
