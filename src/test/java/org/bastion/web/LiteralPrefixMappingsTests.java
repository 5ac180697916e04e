package org.bastion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The controllers' mappings turned away by a path's beginning are only ever ones that could not match it: over
 * every pair of Bastion's mappings, a path made from one's pattern and each other mapping; and a path with a
 * variable finds its method as before, escaped or not.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LiteralPrefixMappingsTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theApplicationsMappingsAreTheOnesTurnedAwayByTheirBeginning() {
		assertThat(mappings).isInstanceOf(LiteralPrefixMappings.class);
	}

	@Test
	void noMappingTurnedAwayCouldHaveMatchedAndMostAreTurnedAway() {
		LiteralPrefixMappings prefixed = (LiteralPrefixMappings) mappings;
		List<RequestMappingInfo> infos = new ArrayList<>(mappings.getHandlerMethods().keySet());
		int tried = 0;
		int turnedAway = 0;
		for (RequestMappingInfo source : infos) {
			for (String pattern : source.getPatternValues()) {
				String path = concrete(pattern);
				for (RequestMappingInfo other : infos) {
					tried++;
					if (!prefixed.couldMatch(other, path)) {
						turnedAway++;
						assertThat(other.getMatchingCondition(request(methodOf(other), path)))
							.as("%s turned away for %s", other, path)
							.isNull();
					}
				}
			}
		}
		assertThat(infos).hasSizeGreaterThan(100);
		assertThat(turnedAway).as("of %d pairs", tried).isGreaterThan(tried * 8 / 10);
	}

	@Test
	void aPathWithAVariableFindsItsMethodEscapedOrNot() throws Exception {
		assertThat(handler("POST", "/api/v1/checkpoints/7/passages").getMethod().getName()).isEqualTo("register");
		assertThat(handler("POST", "/api/v1/%63heckpoints/7/passages").getMethod().getName()).isEqualTo("register");
		assertThat(handler("POST", "/api/v1/checkpoints/7/passages:batch").getMethod().getName()).isEqualTo("batch");
		assertThat(handler("POST", "/api/v1/checkpoints/7/passages").getBeanType().getSimpleName())
			.isEqualTo("PassageApiController");
	}

	@Test
	void aPatternsBeginningEndsBeforeItsFirstVariableAtASegmentsStart() {
		assertThat(LiteralPrefixMappings.beginningsOf(Set.of("/api/v1/checkpoints/{id}/passages")))
			.containsExactly("/api/v1/checkpoints/");
		assertThat(LiteralPrefixMappings.beginningsOf(Set.of("/files/report{n}.pdf"))).containsExactly("/files/");
		assertThat(LiteralPrefixMappings.beginningsOf(Set.of("/api/v1/reports/daily:zero"))).containsExactly("/api/v1/reports/");
		assertThat(LiteralPrefixMappings.beginningsOf(Set.of("/api/v1/bench/ping"))).containsExactly("/api/v1/bench/ping");
		assertThat(LiteralPrefixMappings.beginningsOf(Set.of("/{page}"))).isEmpty();
		assertThat(LiteralPrefixMappings.beginningsOf(Set.of("/报告/{id}"))).isEmpty();
		assertThat(LiteralPrefixMappings.beginningsOf(Set.of())).isEmpty();
		assertThat(LiteralPrefixMappings.beginningsOf(Set.of("/a/{x}", "/{y}"))).isEmpty();
	}

	private HandlerMethod handler(String method, String path) throws Exception {
		return (HandlerMethod) mappings.getHandler(request(method, path)).getHandler();
	}

	private static MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		ServletRequestPathUtils.parseAndCache(request);
		return request;
	}

	private static String methodOf(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() ? "GET" : methods.iterator().next().name();
	}

	/** A path the pattern matches: each variable or wildcard a plain segment's text. */
	private static String concrete(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]*}", "x").replaceAll("\\{[^}]*}", "1").replace("**", "x").replace("*", "x");
	}
}
