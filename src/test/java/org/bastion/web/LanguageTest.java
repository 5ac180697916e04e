package org.bastion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import jakarta.servlet.http.Cookie;

class LanguageTest {

	private final BastionLocaleResolver resolver = new BastionLocaleResolver();

	@Test
	void pagesAreSimplifiedChineseWhateverTheBrowserSays() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/people");
		request.addHeader("Accept-Language", "en-US,en;q=0.9");
		assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void theChosenLanguageWins() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/people");
		request.setCookies(new Cookie(BastionLocaleResolver.COOKIE, "zh-TW"));
		assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.TRADITIONAL_CHINESE);
	}

	@Test
	void anUnknownCookieFallsBackToSimplifiedChinese() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setCookies(new Cookie(BastionLocaleResolver.COOKIE, "xx-<script>"));
		assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void apiClientsMayAskForALanguage() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
		request.addHeader("Accept-Language", "en-US,en;q=0.9");
		assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.ENGLISH);
		request.removeHeader("Accept-Language");
		request.addHeader("Accept-Language", "zh-Hant-TW");
		assertThat(resolver.resolveLocale(request)).isIn(Locale.TRADITIONAL_CHINESE, Locale.SIMPLIFIED_CHINESE);
	}

	@Test
	void theSwitchOnlyGoesBackWithinTheSite() {
		assertThat(LanguageController.safeBack("/people/12")).isEqualTo("/people/12");
		assertThat(LanguageController.safeBack("//evil.example/x")).isEqualTo("/");
		assertThat(LanguageController.safeBack("https://evil.example/")).isEqualTo("/");
		assertThat(LanguageController.safeBack("/\\evil")).isEqualTo("/");
		assertThat(LanguageController.safeBack("/a b%zz")).isEqualTo("/");
		assertThat(LanguageController.safeBack(null)).isEqualTo("/");
	}
}
