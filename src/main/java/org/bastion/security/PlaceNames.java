package org.bastion.security;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;
import org.springframework.stereotype.Component;

/**
 * The names of the places the security answers name by code: an answer gives a place as its code and
 * its name, never the tree's internal path.
 */
@Component
class PlaceNames {

	private final Jurisdictions jurisdictions;

	PlaceNames(Jurisdictions jurisdictions) {
		this.jurisdictions = jurisdictions;
	}

	/** The place's name, or null for no place (the whole deployment) or one no longer in the tree. */
	String of(String code) {
		return jurisdictions.find(code).map(Jurisdiction::name).orElse(null);
	}

	/** For a list: each code looked up once, however many rows name it. */
	Function<String, String> cached() {
		Map<String, String> names = new HashMap<>();
		return code -> code == null ? null : names.computeIfAbsent(code, this::of);
	}
}
