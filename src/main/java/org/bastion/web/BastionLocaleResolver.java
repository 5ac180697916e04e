package org.bastion.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Chinese first: pages are zh-CN unless the user picked another language (kept in a cookie);
 * API clients may ask for one with {@code Accept-Language}.
 */
class BastionLocaleResolver implements LocaleResolver {

	static final String COOKIE = "bastion-lang";

	static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		if (request.getCookies() != null) {
			for (Cookie cookie : request.getCookies()) {
				if (COOKIE.equals(cookie.getName())) {
					return supported(cookie.getValue()).orElse(Locale.SIMPLIFIED_CHINESE);
				}
			}
		}
		String header = request.getHeader("Accept-Language");
		if (header != null && request.getRequestURI().startsWith("/api/")) {
			try {
				Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
				if (best != null) {
					return best;
				}
			}
			catch (IllegalArgumentException malformed) {
				return Locale.SIMPLIFIED_CHINESE;
			}
		}
		return Locale.SIMPLIFIED_CHINESE;
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		Cookie cookie = new Cookie(COOKIE, locale == null ? "" : locale.toLanguageTag());
		cookie.setPath("/");
		cookie.setMaxAge(60 * 60 * 24 * 365);
		cookie.setHttpOnly(true);
		response.addCookie(cookie);
	}

	static java.util.Optional<Locale> supported(String tag) {
		if (tag == null) {
			return java.util.Optional.empty();
		}
		Locale wanted = Locale.forLanguageTag(tag);
		return SUPPORTED.stream().filter(l -> l.toLanguageTag().equalsIgnoreCase(wanted.toLanguageTag())).findFirst();
	}
}
