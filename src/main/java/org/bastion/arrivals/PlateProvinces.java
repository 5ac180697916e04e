package org.bastion.arrivals;

import java.util.Map;
import java.util.Optional;

/**
 * The province character a licence plate starts with (鄂 for Hubei) and the province's two-digit
 * division code, for the 31 provinces, autonomous regions and municipalities of the mainland.
 */
final class PlateProvinces {

	private static final Map<Character, String> CODES = Map.ofEntries(Map.entry('京', "11"), Map.entry('津', "12"),
			Map.entry('冀', "13"), Map.entry('晋', "14"), Map.entry('蒙', "15"), Map.entry('辽', "21"),
			Map.entry('吉', "22"), Map.entry('黑', "23"), Map.entry('沪', "31"), Map.entry('苏', "32"),
			Map.entry('浙', "33"), Map.entry('皖', "34"), Map.entry('闽', "35"), Map.entry('赣', "36"),
			Map.entry('鲁', "37"), Map.entry('豫', "41"), Map.entry('鄂', "42"), Map.entry('湘', "43"),
			Map.entry('粤', "44"), Map.entry('桂', "45"), Map.entry('琼', "46"), Map.entry('渝', "50"),
			Map.entry('川', "51"), Map.entry('贵', "52"), Map.entry('云', "53"), Map.entry('藏', "54"),
			Map.entry('陕', "61"), Map.entry('甘', "62"), Map.entry('青', "63"), Map.entry('宁', "64"),
			Map.entry('新', "65"));

	private PlateProvinces() {
	}

	/** The province code (e.g. {@code 42}) of a province character, if it is one. */
	public static Optional<String> provinceCode(char character) {
		return Optional.ofNullable(CODES.get(character));
	}

	public static boolean isProvinceCharacter(char character) {
		return CODES.containsKey(character);
	}

	static int count() {
		return CODES.size();
	}
}
