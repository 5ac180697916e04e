package org.bastion.people;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.bastion.people.PersonTimelineSource.PersonTimelineEntry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A person's timeline on one page, newest first, each entry told in the reader's language. */
@Controller
class PersonTimelinePageController {

	/** An entry with its words in the reader's language. */
	record Line(PersonTimelineEntry entry, String text) {
	}

	private final PersonTimeline timeline;

	private final MessageSource messages;

	PersonTimelinePageController(PersonTimeline timeline, MessageSource messages) {
		this.timeline = timeline;
		this.messages = messages;
	}

	@GetMapping("/people/{id}/health")
	String timeline(@PathVariable long id, Model model, Locale locale) {
		PersonTimelineView view = timeline.of(id);
		model.addAttribute("person", view);
		model.addAttribute("lines", view.entries().stream().map(entry -> new Line(entry, text(entry, locale))).toList());
		return "people/timeline";
	}

	private String text(PersonTimelineEntry entry, Locale locale) {
		Object[] arguments = entry.arguments().stream().map(argument -> resolve(argument, locale)).toArray();
		return messages.getMessage(entry.messageKey(), arguments, entry.messageKey(), locale);
	}

	private Object resolve(Object argument, Locale locale) {
		if (argument instanceof PersonTimelineEntry.Label label) {
			String separator = messages.getMessage("timeline.separator", null, "、", locale);
			List<String> words = label.keys().stream().map(key -> messages.getMessage(key, null, key, locale)).toList();
			return words.stream().collect(Collectors.joining(separator));
		}
		return argument == null ? "" : argument;
	}
}
