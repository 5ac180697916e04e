package org.bastion.web;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over what the server takes at all (spring.servlet.multipart.max-file-size, sized for
 * pushed lists) is refused before any controller sees it, so it is answered here: a 413 naming the
 * {@code file} field and the limit, as a problem on the API and as the error page on a page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge implements ErrorViewResolver {

	private final MessageSource messages;

	private final DataSize maxFileSize;

	UploadTooLarge(MessageSource messages,
			@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
		this.messages = messages;
		this.maxFileSize = maxFileSize;
	}

	/**
	 * The API, and a page whose request reached the dispatcher: the advice carries no selector because
	 * the multipart request is resolved before a handler is chosen, and an advice for controllers
	 * only would never be asked.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object refused(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, message());
			problem.setTitle(HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase());
			problem.setType(URI.create("about:blank"));
			problem.setProperty("violations", List.of(new ApiProblems.Violation("file", "size", message())));
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
		}
		return page(Map.of());
	}

	/**
	 * A page: its form's CSRF token is read from the request body by the security filters, so an
	 * oversized upload fails there, before the dispatcher, and reaches the error page as a bare 413.
	 */
	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return status == HttpStatus.CONTENT_TOO_LARGE ? page(model) : null;
	}

	private ModelAndView page(Map<String, Object> model) {
		Map<String, Object> page = new HashMap<>(model);
		page.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
		page.put("message", message());
		ModelAndView view = new ModelAndView("error", page);
		view.setStatus(HttpStatus.CONTENT_TOO_LARGE);
		return view;
	}

	private String message() {
		return messages.getMessage("error.tooLarge", new Object[] { maxFileSize.toMegabytes() },
				LocaleContextHolder.getLocale());
	}
}
