package org.bastion.arrivals;

import java.util.HashMap;
import java.util.Map;

import org.bastion.jurisdiction.Divisions.Division;
import org.bastion.jurisdiction.Divisions;
import org.bastion.jurisdiction.Jurisdiction;
import org.bastion.jurisdiction.Jurisdictions;

/**
 * Names of origins and places for one list or ledger, each looked up once: a ledger of a thousand
 * arrivals from Wuhan asks the catalogue for 420100 a single time.
 */
final class ArrivalNames {

	private final Divisions divisions;

	private final Jurisdictions jurisdictions;

	private final Map<String, String> origins = new HashMap<>();

	private final Map<String, String> places = new HashMap<>();

	ArrivalNames(Divisions divisions, Jurisdictions jurisdictions) {
		this.divisions = divisions;
		this.jurisdictions = jurisdictions;
	}

	/** The origin's full name (湖北省武汉市洪山区), or its code when the catalogue does not know it. */
	String origin(String code) {
		if (code == null) {
			return null;
		}
		return origins.computeIfAbsent(code, c -> divisions.find(c).map(Division::fullName).orElse(c));
	}

	/** The place's own name (共乐镇), or its code. */
	String place(String code) {
		return places.computeIfAbsent(code, c -> jurisdictions.find(c).map(Jurisdiction::name).orElse(c));
	}
}
