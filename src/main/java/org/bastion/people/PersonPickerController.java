package org.bastion.people;

import java.util.List;
import java.util.Locale;

import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The choices of the person picker (`people/picker.html`): persons of the viewer's area found by name, ID
 * number or phone as they are typed, masked as every list is, so that nobody types "the number after
 * /people/".
 */
@Controller
class PersonPickerController {

	private static final int LIMIT = 10;

	private final People people;

	private final MessageSource messages;

	PersonPickerController(People people, MessageSource messages) {
		this.people = people;
		this.messages = messages;
	}

	@GetMapping("/people/choices")
	String choices(@RequestParam(required = false) String q, Model model, Locale locale) {
		List<PersonChoice> choices = List.of();
		String refusal = null;
		if (q == null || q.isBlank() || People.tooShort(q)) {
			refusal = messages.getMessage("person.picker.hint", null, locale);
		}
		else {
			try {
				choices = people.search(q, null, null, LIMIT).items().stream()
					.map(person -> new PersonChoice(person.id(), people.pickerLabel(person)))
					.toList();
			}
			catch (InvalidInputException refused) {
				FieldViolation first = refused.violations().getFirst();
				refusal = messages.getMessage(first.messageKey(), first.arguments(), locale);
			}
		}
		model.addAttribute("choices", choices);
		model.addAttribute("refusal", refusal);
		return "people/picker :: choices";
	}

	/** A person offered: the id the form sends and the words it shows. */
	record PersonChoice(long id, String label) {
	}
}
