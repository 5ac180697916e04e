package org.bastion.command;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * A notice sent with more bytes than its attachments may hold together is refused from its declared length,
 * before anything reads it: the server takes uploads up to the pushed lists' 200 MB and keeps them on disk
 * while a request lasts, which a notice has no need of. Ahead of the security filters, which would read the
 * body for a page's token. A request that declares no length is still held to the server's own limit, and
 * each file to the notices' cap by {@link Notices}.
 */
@Configuration(proxyBeanMethods = false)
class NoticeUploadLimit {

	/** What a notice's text and the parts' headers may add to its files. */
	static final long MARGIN = DataSize.ofMegabytes(1).toBytes();

	@Bean
	FilterRegistrationBean<Filter> noticeUploadLimitFilter(MessageSource messages,
			@Value("${bastion.notices.max-file-size:10MB}") DataSize maxFileSize,
			@Value("${bastion.notices.max-files:5}") int maxFiles) {
		long limit = maxFileSize.toBytes() * maxFiles + MARGIN;
		Filter filter = (ServletRequest request, ServletResponse response, FilterChain chain) -> {
			refuseOrPass((HttpServletRequest) request, (HttpServletResponse) response, chain, limit, messages,
					maxFileSize.toMegabytes() * maxFiles);
		};
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/api/v1/notices", "/notices");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setName("noticeUploadLimit");
		return registration;
	}

	static void refuseOrPass(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			long limit, MessageSource messages, long megabytes) throws IOException, ServletException {
		if (!"POST".equals(request.getMethod()) || request.getContentLengthLong() <= limit) {
			chain.doFilter(request, response);
			return;
		}
		String text = messages.getMessage("error.tooLarge", new Object[] { megabytes }, request.getLocale());
		response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
		response.setHeader("Connection", "close");
		response.setContentType("application/problem+json;charset=UTF-8");
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":"
				+ quoted(text) + ",\"violations\":[{\"field\":\"files\",\"rule\":\"size\",\"message\":" + quoted(text) + "}]}");
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}
}
