package org.bastion.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bastion.shared.BastionException;
import org.bastion.shared.ConflictException;
import org.bastion.shared.FieldViolation;
import org.bastion.shared.ForbiddenException;
import org.bastion.shared.InvalidInputException;
import org.bastion.shared.NotFoundException;
import org.bastion.shared.TooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every refusal of the API as an RFC 9457 problem: the status, a detail in the caller's language
 * and, for bad input, each field with the rule it broke. Never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	record Violation(String field, String rule, String message) {
	}

	@ExceptionHandler(BastionException.class)
	ResponseEntity<ProblemDetail> refused(BastionException ex) {
		HttpStatus status = switch (ex) {
			case NotFoundException n -> HttpStatus.NOT_FOUND;
			case ForbiddenException f -> HttpStatus.FORBIDDEN;
			case ConflictException c -> HttpStatus.CONFLICT;
			case TooLargeException t -> HttpStatus.CONTENT_TOO_LARGE;
			case InvalidInputException i -> HttpStatus.BAD_REQUEST;
			default -> ex.getClass().getSimpleName().equals("SignInRefused") ? HttpStatus.UNAUTHORIZED
					: HttpStatus.BAD_REQUEST;
		};
		Object[] args = ex.arguments();
		if (ex instanceof NotFoundException && args.length == 1) {
			args = new Object[] { text("entity." + args[0]) };
		}
		ProblemDetail problem = problem(status, text(ex.messageKey(), args));
		if (ex instanceof InvalidInputException invalid) {
			problem.setProperty("violations", invalid.violations().stream().map(this::violation).toList());
		}
		if (ex instanceof ConflictException conflict && conflict.existing() != null) {
			problem.setProperty("existing", conflict.existing());
		}
		return ResponseEntity.status(status).body(problem);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, text("error.forbidden")));
	}

	@ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
	ResponseEntity<ProblemDetail> anonymous(AuthenticationCredentialsNotFoundException ex) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.body(problem(HttpStatus.UNAUTHORIZED, text("error.unauthorized")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException ex) {
		return badRequest(List.of(typeMismatch(ex.getName())));
	}

	private Violation typeMismatch(String parameter) {
		return new Violation(parameter, "type", text("error.type", parameter));
	}

	/**
	 * A failure of the database, answered by what it means for the caller (see {@link DatabaseTrouble}):
	 * a taken unique key is a conflict, a refused value bad input, an outage a 503 to retry.
	 */
	@ExceptionHandler({ DataAccessException.class, TransactionException.class })
	ResponseEntity<ProblemDetail> database(RuntimeException ex) {
		return switch (DatabaseTrouble.of(ex)) {
			case CONFLICT -> {
				log.info("Refused by a unique key: {}", DatabaseTrouble.deepestMessage(ex));
				yield ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, text("error.constraint")));
			}
			case BAD_INPUT -> {
				log.info("Refused by the database as bad input: {}", DatabaseTrouble.deepestMessage(ex));
				yield ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, text("error.badInput")));
			}
			case UNAVAILABLE -> {
				log.warn("The database is unavailable: {}", DatabaseTrouble.deepestMessage(ex));
				yield ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
					.header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseTrouble.RETRY_AFTER_SECONDS))
					.body(problem(HttpStatus.SERVICE_UNAVAILABLE, text("error.unavailable")));
			}
			case UNKNOWN -> unexpected(ex);
		};
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected failure", ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, text("error.unexpected")));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Violation> violations = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			// A query parameter bound into a request record and not convertible reads as one bound alone.
			violations.add(error.isBindingFailure() ? typeMismatch(error.getField())
					: new Violation(error.getField(), rule(error.getCode()), messages.getMessage(error, locale())));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(error -> violations.add(new Violation(error.getObjectName(), rule(error.getCode()),
					messages.getMessage(error, locale()))));
		return ResponseEntity.badRequest().body(withViolations(violations));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Violation> violations = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach(result -> result.getResolvableErrors()
				.forEach(error -> violations.add(new Violation(result.getMethodParameter().getParameterName(),
						rule(error.getCodes() == null ? null : error.getCodes()[error.getCodes().length - 1]),
						messages.getMessage(error, locale())))));
		return ResponseEntity.badRequest().body(withViolations(violations));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = ex.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()
				? databind.getPath().stream().map(ref -> ref.getPropertyName() == null
						? String.valueOf(ref.getIndex()) : ref.getPropertyName()).reduce((a, b) -> a + "." + b).orElse("body")
				: "body";
		if (hasCause(ex, JsonTextCheck.ControlCharacterInText.class)) {
			return ResponseEntity.badRequest()
				.body(withViolations(List.of(new Violation(field, "controlCharacter", text("error.controlCharacter", field)))));
		}
		return ResponseEntity.badRequest()
			.body(withViolations(List.of(new Violation(field, "readable", text("error.unreadable", field)))));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ProblemDetail problem = body instanceof ProblemDetail given ? given
				: problem(HttpStatus.valueOf(statusCode.value()), text("error.http." + statusCode.value()));
		if (body instanceof ProblemDetail given) {
			given.setDetail(text("error.http." + statusCode.value()));
		}
		return ResponseEntity.status(statusCode).headers(headers).body(problem);
	}

	private ProblemDetail withViolations(List<Violation> violations) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, text("error.invalidInput"));
		problem.setProperty("violations", violations);
		return problem;
	}

	private ResponseEntity<ProblemDetail> badRequest(List<Violation> violations) {
		return ResponseEntity.badRequest().body(withViolations(violations));
	}

	private Violation violation(FieldViolation v) {
		return new Violation(v.field(), v.rule(), text(v.messageKey(), v.arguments()));
	}

	private ProblemDetail problem(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(status.getReasonPhrase());
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	private static String rule(String code) {
		if (code == null) {
			return "invalid";
		}
		return Character.toLowerCase(code.charAt(0)) + code.substring(1);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale());
	}

	private static boolean hasCause(Throwable ex, Class<? extends Throwable> kind) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (kind.isInstance(cause)) {
				return true;
			}
		}
		return false;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
