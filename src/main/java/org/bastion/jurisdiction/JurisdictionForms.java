package org.bastion.jurisdiction;

import java.util.Arrays;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.validation.BindingResult;

/**
 * The node page's forms as typed: text fields only, so that nothing a browser sends fails binding;
 * each rule is reported beside its field.
 */
final class JurisdictionForms {

	static final String CODE = "[0-9A-Za-z]{1,24}";

	private JurisdictionForms() {
	}

	/** A child to add under the node of the page; a blank level means the level below the parent's. */
	record Child(
			@NotBlank(message = "{jurisdiction.code.shape}") @Pattern(regexp = CODE,
					message = "{jurisdiction.code.shape}") String code,
			@NotBlank(message = "{jurisdiction.name.size}") @Size(max = 100,
					message = "{jurisdiction.name.size}") String name,
			@Size(max = 16, message = "{jurisdiction.level.unknown}") String level) {

		static Child blank() {
			return new Child("", "", "");
		}

		NewJurisdiction toNew(String parentCode, BindingResult binding) {
			return new NewJurisdiction(code.strip(), name, parentCode, level(binding).orElse(null));
		}

		private Optional<JurisdictionLevel> level(BindingResult binding) {
			if (level == null || level.isBlank()) {
				return Optional.empty();
			}
			Optional<JurisdictionLevel> chosen = Arrays.stream(JurisdictionLevel.values())
				.filter(l -> l.name().equals(level.strip()))
				.findFirst()
				.or(() -> JurisdictionLevel.parse(level));
			if (chosen.isEmpty()) {
				binding.rejectValue("level", "jurisdiction.level.unknown");
			}
			return chosen;
		}
	}

	record Rename(@NotBlank(message = "{jurisdiction.name.size}") @Size(max = 100,
			message = "{jurisdiction.name.size}") String name) {
	}

	/** The new parent, picked by name: sent as its code, blank when nothing was picked (said once, in words). */
	record Move(@NotBlank(message = "{jurisdiction.move.parentRequired}") @Pattern(regexp = "(" + CODE + ")?",
			message = "{jurisdiction.code.shape}") String parentCode) {

		static Move blank() {
			return new Move("");
		}
	}
}
