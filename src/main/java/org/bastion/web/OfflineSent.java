package org.bastion.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.bastion.shared.Idempotency;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Tells the phone's field queue (static/js/offline-queue.js) that a form it kept was answered: a form
 * sent with a client id that leads to another page hands the id on to that page, which names it in the
 * layout, so the copy kept on the phone in case the network dropped is removed without sending it again.
 * A form answered with its own page again (refused) names its id in its hidden field, which the queue
 * reads there.
 */
class OfflineSent implements HandlerInterceptor {

	/** The flash attribute and, on the next page, the model attribute the layout reads. */
	static final String ATTRIBUTE = "offlineSent";

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !"POST".equals(request.getMethod()) || view.getViewName() == null
				|| !view.getViewName().startsWith("redirect:")) {
			return;
		}
		String clientId = Idempotency.ofForm(request.getParameter("clientId"));
		if (clientId != null) {
			RequestContextUtils.getOutputFlashMap(request).put(ATTRIBUTE, clientId);
		}
	}
}
