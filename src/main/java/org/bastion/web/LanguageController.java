package org.bastion.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** Switches the page language and goes back to where the user was. */
@Controller
class LanguageController {

	private final LocaleResolver locales;

	LanguageController(LocaleResolver locales) {
		this.locales = locales;
	}

	@PostMapping("/language")
	String change(@RequestParam String lang, @RequestParam(required = false) String back, HttpServletRequest request,
			HttpServletResponse response) {
		BastionLocaleResolver.supported(lang).ifPresent(locale -> locales.setLocale(request, response, locale));
		return "redirect:" + safeBack(back);
	}

	/** Only a path of this site, so that the switch cannot be used to send users elsewhere. */
	static String safeBack(String back) {
		if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
			return "/";
		}
		try {
			return URI.create(back).getHost() == null ? back : "/";
		}
		catch (IllegalArgumentException malformed) {
			return "/";
		}
	}
}
