package org.bastion.observation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bastion.jurisdiction.Jurisdictions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The choices of the site order picker (`health/order-picker.html`): the open orders at a site in the viewer's
 * area by the person's name, so that an isolation site checks a person in without typing the order's number.
 */
@Controller
class SiteOrderPickerController {

	private static final int LIMIT = 10;

	private final Observations observations;

	private final Jurisdictions jurisdictions;

	private final MessageSource messages;

	SiteOrderPickerController(Observations observations, Jurisdictions jurisdictions, MessageSource messages) {
		this.observations = observations;
		this.jurisdictions = jurisdictions;
		this.messages = messages;
	}

	@GetMapping("/observations/site-choices")
	String choices(@RequestParam(required = false) String q, Model model, Locale locale) {
		List<ObservationView> orders = observations.openAtSites(q, LIMIT);
		Map<String, String> places = jurisdictions.names(orders.stream().map(ObservationView::jurisdictionCode).toList());
		model.addAttribute("choices", orders.stream()
			.map(order -> new OrderChoice(order.id(), messages.getMessage("observation.siteChoice.label",
					new Object[] { order.personName(), places.getOrDefault(order.jurisdictionCode(), order.jurisdictionCode()),
							order.startDate().toString() },
					locale)))
			.toList());
		return "health/order-picker :: choices";
	}

	/** An order offered: the id the form sends and the words it shows. */
	record OrderChoice(long id, String label) {
	}
}
