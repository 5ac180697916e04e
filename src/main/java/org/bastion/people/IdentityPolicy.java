package org.bastion.people;

import java.util.Locale;

/**
 * Whether an ID number typed with a name points at the person the worker means. A number nobody holds
 * is a new person; one held inside the worker's area by a person of that name (or typed without a name)
 * is that person; one held by a person of another name is a question only the worker can answer (a
 * mistyped digit would otherwise attach the fact to somebody else); one held outside the area is
 * "registered elsewhere", and nothing more is said, since the name there is not the worker's to read.
 */
public final class IdentityPolicy {

	/** The policy's answer about the holder of a typed ID number. */
	public sealed interface Decision permits Unknown, Same, NameDiffers, Elsewhere {
	}

	/** Nobody holds the number (or it is no valid number): the person is new. */
	public record Unknown() implements Decision {
	}

	/** The holder, inside the area, with the typed name or with none typed. */
	public record Same(PersonView holder) implements Decision {
	}

	/** The holder, inside the area, under another name than the one typed. */
	public record NameDiffers(PersonView holder) implements Decision {
	}

	/** The holder lives outside the worker's area. */
	public record Elsewhere(PersonView holder) implements Decision {
	}

	private IdentityPolicy() {
	}

	/**
	 * @param typedName the name typed with the number, or null
	 * @param holder the person holding the number as the viewer may see them, or null when nobody does
	 */
	public static Decision decide(String typedName, PersonView holder) {
		if (holder == null) {
			return new Unknown();
		}
		if (holder.outsideArea()) {
			return new Elsewhere(holder);
		}
		String typed = comparable(typedName);
		return typed == null || typed.equals(comparable(holder.name())) ? new Same(holder) : new NameDiffers(holder);
	}

	/** Width, spacing and letter case are not what makes a name another: 王 小二, 王小二 and ＷＡＮＧ are each one. */
	private static String comparable(String name) {
		String normal = PersonPolicy.normalizeName(name);
		return normal == null ? null : normal.replace(" ", "").replace("·", "").replace("•", "").toLowerCase(Locale.ROOT);
	}
}
