package org.bastion.observation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A person's health on one page: orders, readings, alerts, site stays and proposals, newest first. */
@Controller
class HealthTimelinePageController {

	/** An event with its words in the reader's language. */
	record Line(HealthTimelineEntry entry, String text) {
	}

	private final HealthTimeline timeline;

	private final MessageSource messages;

	HealthTimelinePageController(HealthTimeline timeline, MessageSource messages) {
		this.timeline = timeline;
		this.messages = messages;
	}

	@GetMapping("/people/{id}/health")
	String timeline(@PathVariable long id, Model model, Locale locale) {
		HealthTimelineView view = timeline.of(id);
		model.addAttribute("person", view);
		model.addAttribute("lines", view.entries().stream().map(entry -> new Line(entry, text(entry, locale))).toList());
		return "health/timeline";
	}

	private String text(HealthTimelineEntry entry, Locale locale) {
		Object[] arguments = entry.arguments().stream().map(argument -> resolve(argument, locale)).toArray();
		return messages.getMessage(entry.messageKey(), arguments, entry.messageKey(), locale);
	}

	private Object resolve(Object argument, Locale locale) {
		if (argument instanceof HealthTimelineEntry.Label label) {
			String separator = messages.getMessage("timeline.separator", null, "、", locale);
			List<String> words = label.keys().stream().map(key -> messages.getMessage(key, null, key, locale)).toList();
			return words.stream().collect(Collectors.joining(separator));
		}
		return argument == null ? "" : argument;
	}
}
