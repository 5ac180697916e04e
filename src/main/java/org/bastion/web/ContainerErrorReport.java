package org.bastion.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * What Tomcat answers by itself, before the application: a path it cannot decode ({@code /people/%FF})
 * never reaches a servlet, so neither the problem handlers nor the error page see it. This replaces
 * Tomcat's bare English page with a problem document on the API and a short page in the user's
 * language elsewhere, still without any detail of the server.
 */
@Component
class ContainerErrorReport implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

	private final MessageSource messages;

	private final JsonMapper json;

	ContainerErrorReport(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** After Spring Boot's own customizer, whose bare valve this one replaces. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void customize(ConfigurableTomcatWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				Pipeline pipeline = host.getPipeline();
				for (Valve valve : pipeline.getValves()) {
					if (valve instanceof ErrorReportValve) {
						pipeline.removeValve(valve);
					}
				}
				// The host adds a valve of this class name on start unless one is there already.
				host.setErrorReportValveClass(Report.class.getName());
				pipeline.addValve(new Report(this));
			}
		});
	}

	private void write(Request request, Response response) throws IOException {
		HttpStatus status = HttpStatus.resolve(response.getStatus());
		int code = status == null ? 500 : status.value();
		Locale locale = BastionLocaleResolver.supported(request.getHeader("Accept-Language") == null ? null
				: request.getHeader("Accept-Language").split("[,;]")[0]).orElse(Locale.SIMPLIFIED_CHINESE);
		String message = messages.getMessage("error.http." + code, null,
				messages.getMessage("error.http.500", null, locale), locale);
		String title = status == null ? "Error" : status.getReasonPhrase();
		if (request.getRequestURI() != null && request.getRequestURI().startsWith("/api/")) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("type", "about:blank");
			body.put("title", title);
			body.put("status", code);
			body.put("detail", message);
			response.setContentType("application/problem+json");
			response.setCharacterEncoding("UTF-8");
			json.writeValue(response.getOutputStream(), body);
			return;
		}
		String page = "<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width\"><title>" + code + "</title></head><body><h1>" + code
				+ "</h1><p id=\"error-message\">" + HtmlUtils.htmlEscape(message) + "</p><p><a href=\"/\">"
				+ HtmlUtils.htmlEscape(messages.getMessage("error.home", null, locale)) + "</a></p></body></html>";
		response.setContentType("text/html;charset=UTF-8");
		response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
	}

	/** Tomcat's error report valve, answering in our words. */
	static final class Report extends ErrorReportValve {

		private final ContainerErrorReport owner;

		/** For Tomcat, which may make one by its class name; answers as Tomcat's own until configured. */
		public Report() {
			this(null);
		}

		Report(ContainerErrorReport owner) {
			this.owner = owner;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			if (owner == null || response.getStatus() < 400 || response.getContentWritten() > 0
					|| !response.setErrorReported()) {
				if (owner == null) {
					super.report(request, response, throwable);
				}
				return;
			}
			try {
				owner.write(request, response);
				response.finishResponse();
			}
			catch (IOException | IllegalStateException unwritable) {
				// The client has gone or the response cannot be written; nothing is left to tell anyone.
			}
		}
	}
}
