package org.bastion.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Styles, scripts and webjars (htmx) under URLs that carry a hash of their content
 * ({@code /css/bastion-3f1c….css}), which Thymeleaf's {@code @{…}} links write, so that a phone keeps them
 * for a year and asks again only when a file changed: a changed file has another URL. Sent with their own
 * {@code Cache-Control}, which Spring Security's {@code no-store} leaves alone. On a 3G link the htmx
 * script alone was most of every page's download.
 *
 * <p>Before Spring Boot's own handlers ({@link Order}), which then leave these paths to these ones. The
 * webjars' version-less paths ({@code /webjars/htmx.org/dist/htmx.min.js}) still resolve, through the
 * webjars locator the chain adds; the CSS files' own links are rewritten to their hashed URLs too.
 * A file asked for by its plain path is cached as long: every page links the hashed one.
 */
@Configuration
@Order(Ordered.HIGHEST_PRECEDENCE)
class StaticFiles implements WebMvcConfigurer {

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		hashed(registry, "/css/**", "classpath:/static/css/");
		hashed(registry, "/js/**", "classpath:/static/js/");
		hashed(registry, "/webjars/**", "classpath:/META-INF/resources/webjars/");
	}

	private static void hashed(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(A_YEAR)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}
}
