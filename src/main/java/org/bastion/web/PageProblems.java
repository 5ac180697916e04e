package org.bastion.web;

import org.bastion.shared.BastionException;
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A refusal on a page: the error page with the message in the user's language, and the right status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

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

	private static ModelAndView page(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("message", message);
		return page;
	}
}
