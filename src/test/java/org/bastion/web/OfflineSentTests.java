package org.bastion.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.ModelAndView;

/** A form answered with another page names its client id there, for the phone's field queue; nothing else does. */
class OfflineSentTests {

	private final OfflineSent interceptor = new OfflineSent();

	@Test
	void aFormRedirectedToItsResultHandsItsClientIdToTheNextPage() {
		MockHttpServletRequest request = post("0b6f6a1e-2f5e-4a43-9a3e-9b1f3b6f0c11");
		interceptor.postHandle(request, new MockHttpServletResponse(), null, new ModelAndView("redirect:/arrivals/7"));
		assertThat(flash(request).get(OfflineSent.ATTRIBUTE)).isEqualTo("0b6f6a1e-2f5e-4a43-9a3e-9b1f3b6f0c11");
	}

	@Test
	void aFormShownAgainARequestWithoutAnIdOrAnIdOfAnotherShapeNamesNothing() {
		MockHttpServletRequest refused = post("0b6f6a1e");
		interceptor.postHandle(refused, new MockHttpServletResponse(), null, new ModelAndView("arrivals/form"));
		assertThat(flash(refused)).doesNotContainKey(OfflineSent.ATTRIBUTE);

		MockHttpServletRequest without = post(null);
		interceptor.postHandle(without, new MockHttpServletResponse(), null, new ModelAndView("redirect:/"));
		assertThat(flash(without)).doesNotContainKey(OfflineSent.ATTRIBUTE);

		MockHttpServletRequest odd = post("<script>");
		interceptor.postHandle(odd, new MockHttpServletResponse(), null, new ModelAndView("redirect:/"));
		assertThat(flash(odd)).doesNotContainKey(OfflineSent.ATTRIBUTE);

		MockHttpServletRequest read = new MockHttpServletRequest("GET", "/arrivals/new");
		read.setParameter("clientId", "0b6f6a1e");
		read.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
		interceptor.postHandle(read, new MockHttpServletResponse(), null, new ModelAndView("redirect:/"));
		assertThat(flash(read)).doesNotContainKey(OfflineSent.ATTRIBUTE);
	}

	private static MockHttpServletRequest post(String clientId) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/arrivals");
		if (clientId != null) {
			request.setParameter("clientId", clientId);
		}
		request.setAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE, new FlashMap());
		return request;
	}

	/** As a plain map: a flash map is also comparable, which leaves assertThat two readings. */
	private static Map<String, Object> flash(MockHttpServletRequest request) {
		return (FlashMap) request.getAttribute(DispatcherServlet.OUTPUT_FLASH_MAP_ATTRIBUTE);
	}
}
