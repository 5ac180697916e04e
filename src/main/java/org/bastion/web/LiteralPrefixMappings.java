package org.bastion.web;

import java.lang.reflect.Method;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestMappingHandlerMapping;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * Spring MVC's mappings of controllers' methods, each tried for a request only when the request's path starts
 * with the literal beginning of one of its patterns. Spring finds a path without variables in a map, but a path
 * with one ({@code /api/v1/checkpoints/7/passages}) by evaluating every mapping's conditions in turn
 * (spring-framework#24901): with Bastion's 400 mappings that cost a passage registered at the roadside nearly as
 * much CPU as the passage's own checks. The literal beginning ({@code /api/v1/checkpoints/}) turns away the
 * mappings that cannot match before any of their conditions is read. A path with an escape or a matrix variable,
 * which the patterns match decoded, is tried against all of them as before. htmx's mapping underneath keeps its
 * {@code @HxRequest} conditions.
 */
class LiteralPrefixMappings extends HtmxRequestMappingHandlerMapping {

	/** The path being looked up by this thread, while it is; null when every mapping is to be tried. */
	private static final ThreadLocal<String> LOOKING_UP = new ThreadLocal<>();

	/** The characters a pattern's literal beginning keeps: those a request's path holds as they are, unescaped. */
	private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-._~";

	/**
	 * Per mapping registered, by identity (the very objects Spring then tries), the literal beginnings of its
	 * patterns, none when a pattern begins with a variable; replaced whole on each registration, which happens at
	 * start-up, so that the requests read it without a lock.
	 */
	private volatile Map<RequestMappingInfo, String[]> beginnings = new IdentityHashMap<>();

	@Override
	protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
		super.registerHandlerMethod(handler, method, mapping);
		synchronized (this) {
			Map<RequestMappingInfo, String[]> next = new IdentityHashMap<>(beginnings);
			next.put(mapping, beginningsOf(mapping.getPatternValues()));
			beginnings = next;
		}
	}

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		if (lookupPath.indexOf('%') >= 0 || lookupPath.indexOf(';') >= 0) {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		LOOKING_UP.set(lookupPath);
		try {
			return super.lookupHandlerMethod(lookupPath, request);
		}
		finally {
			LOOKING_UP.remove();
		}
	}

	@Override
	protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
		String path = LOOKING_UP.get();
		if (path != null && !couldMatch(info, path)) {
			return null;
		}
		return super.getMatchingMapping(info, request);
	}

	/**
	 * False only when no pattern of the mapping can match the path: the path starts with none of their beginnings.
	 * A mapping registered some other way ({@link #registerMapping}) is always tried.
	 */
	boolean couldMatch(RequestMappingInfo info, String path) {
		String[] literal = beginnings.get(info);
		if (literal == null || literal.length == 0) {
			return true;
		}
		for (String beginning : literal) {
			if (path.startsWith(beginning)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Each pattern's characters up to its first variable, wildcard or character a request may send escaped, cut
	 * back to the last {@code /} (a segment such as {@code {name}.pdf} matches by more than its text); none at all
	 * when a pattern keeps nothing but the root, or when there are no patterns (a mapping that matches any path).
	 */
	static String[] beginningsOf(Set<String> patterns) {
		if (patterns.isEmpty()) {
			return new String[0];
		}
		String[] beginnings = new String[patterns.size()];
		int n = 0;
		for (String pattern : patterns) {
			int end = 0;
			while (end < pattern.length() && PLAIN.indexOf(pattern.charAt(end)) >= 0) {
				end++;
			}
			String beginning = pattern.substring(0, pattern.lastIndexOf('/', Math.max(0, end - 1)) + 1);
			if (end == pattern.length()) {
				beginning = pattern;
			}
			if (beginning.length() <= 1) {
				return new String[0];
			}
			beginnings[n++] = beginning;
		}
		return beginnings;
	}
}
