package org.bastion.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.bastion.shared.BastionException;
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refusal on a page: the error page with the message in the user's language, and the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

	private static final Logger log = LoggerFactory.getLogger(PageProblems.class);

	private final MessageSource messages;

	PageProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(BastionException.class)
	ModelAndView refused(BastionException ex) {
		HttpStatus status = switch (ex) {
			case NotFoundException n -> HttpStatus.NOT_FOUND;
			case ForbiddenException f -> HttpStatus.FORBIDDEN;
			default -> HttpStatus.BAD_REQUEST;
		};
		Object[] args = ex.arguments();
		if (ex instanceof NotFoundException && args.length == 1) {
			args = new Object[] { messages.getMessage("entity." + args[0], null, String.valueOf(args[0]),
					LocaleContextHolder.getLocale()) };
		}
		return page(status, messages.getMessage(ex.messageKey(), args, ex.messageKey(), LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView denied(AccessDeniedException ex) {
		return page(HttpStatus.FORBIDDEN, messages.getMessage("error.forbidden", null, LocaleContextHolder.getLocale()));
	}

	/** A failure of the database on a page, answered as on the API (see {@link DatabaseTrouble}). */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ModelAndView database(RuntimeException ex, HttpServletResponse response) {
		Locale locale = LocaleContextHolder.getLocale();
		return switch (DatabaseTrouble.of(ex)) {
			case CONFLICT -> page(HttpStatus.CONFLICT, messages.getMessage("error.constraint", null, locale));
			case BAD_INPUT -> page(HttpStatus.BAD_REQUEST, messages.getMessage("error.badInput", null, locale));
			case UNAVAILABLE -> {
				log.warn("The database is unavailable: {}", DatabaseTrouble.deepestMessage(ex));
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseTrouble.RETRY_AFTER_SECONDS));
				yield page(HttpStatus.SERVICE_UNAVAILABLE, messages.getMessage("error.unavailable", null, locale));
			}
			// Not ours to explain: the container logs it once and shows the error page.
			case UNKNOWN -> throw ex;
		};
	}

	private static ModelAndView page(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("message", message);
		return page;
	}
}
