package org.bastion.shared;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The port through which a module puts the work waiting for the signed-in person into the navigation (a
 * count beside a link) and onto the home page (the count and the newest items): open immediate reports
 * today, later alerts, verifications and checks. Each module implements it in its own package over its own
 * tables and joins the page shell by being one more bean of this type; the web module shows what the beans
 * answer and knows nothing of what they count.
 */
public interface WorkWaiting {

	/**
	 * The work waiting for this viewer, within their area; empty when there is none or none of it is theirs
	 * to do. The navigation asks on every page a signed-in person opens: it shows only what cannot wait, by
	 * its count, so a source answers it from an indexed count and reads no items (nor the kinds that can
	 * wait) for it; the home page asks for everything, with the first items.
	 */
	List<Waiting> waiting(Viewer viewer, Shown shown);

	/** Where the answer is shown. */
	enum Shown {
		/** The badges beside the links, on every page: the urgent kinds' counts; items and other kinds may be left out. */
		IN_NAVIGATION,
		/** The home page's lists: every kind, with its newest or first items. */
		ON_HOME
	}

	/**
	 * One kind of waiting work.
	 *
	 * @param id a stable id, {@code <module>-<what>} ({@code immediate-reports}), for the page's element ids
	 * @param messageKey the words naming the work in the navigation and on the home page
	 * @param count how many wait; a kind with none is not answered at all
	 * @param href the page that lists them
	 * @param items the newest few, newest first, for the home page (may be empty)
	 */
	record Waiting(String id, String messageKey, long count, String href, Tone tone, List<Item> items) {

		public Waiting {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(messageKey, "messageKey");
			Objects.requireNonNull(href, "href");
			Objects.requireNonNull(tone, "tone");
			items = List.copyOf(items);
		}
	}

	/**
	 * One waiting record as the home page lists it.
	 *
	 * @param messageKey the words for its kind ({@code immediate.kind.CONFIRMED_CASE})
	 * @param text what the record says in the field's own words (a place, what happened), shown as typed
	 * @param at when it happened, as the field's clock shows it ({@link FieldClock#local})
	 * @param action its common work in one tap on the home page, or null when it is opened first
	 */
	record Item(String messageKey, String text, String href, LocalDateTime at, Action action) {

		public Item {
			Objects.requireNonNull(messageKey, "messageKey");
			Objects.requireNonNull(href, "href");
		}

		/** An item opened by its link only. */
		public Item(String messageKey, String text, String href, LocalDateTime at) {
			this(messageKey, text, href, at, null);
		}
	}

	/**
	 * The common work of an item done where it is listed, in one tap: a form the home page posts as the field
	 * queue keeps forms (offline too), so that the usual answer (no returnee at this door) needs no page of its
	 * own. The form's controller answers as it does for its own page, leading on to the next item.
	 *
	 * @param messageKey the button's words
	 * @param href where the form is posted
	 * @param fields the form's hidden fields, in order; a {@code clientId} among them makes a retry harmless
	 */
	record Action(String messageKey, String href, Map<String, String> fields) {

		public Action {
			Objects.requireNonNull(messageKey, "messageKey");
			Objects.requireNonNull(href, "href");
			fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
		}
	}

	/** How loudly the shell shows a kind of work. */
	enum Tone {
		/** Cannot wait: red (an immediate report, a fever). */
		URGENT,
		/** To do today: amber. */
		DUE
	}
}
