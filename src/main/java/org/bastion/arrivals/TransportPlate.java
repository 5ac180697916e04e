package org.bastion.arrivals;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A mainland licence plate: a province character, the letter of the issuing city, then five
 * characters (seven in all), or six for a new-energy vehicle's green plate (eight in all).
 */
record TransportPlate(String value) {

	private static final Pattern SHAPE = Pattern.compile("[A-Z][A-Z0-9]{5,6}");

	// People type plates with the dot or dash painted on them, spaces and full-width letters.
	private static final Pattern IGNORABLE = Pattern.compile("[\\s\\p{Z}\\p{Cf}·•.\\-]");

	public TransportPlate {
		if (value == null || value.length() < 2 || !PlateProvinces.isProvinceCharacter(value.charAt(0))
				|| !SHAPE.matcher(value.substring(1)).matches()) {
			throw new IllegalArgumentException("Not a plate: " + value);
		}
	}

	/** Reads a plate as typed; empty when it is not one. */
	public static Optional<TransportPlate> parse(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		String folded = IGNORABLE.matcher(Normalizer.normalize(raw, Normalizer.Form.NFKC)).replaceAll("")
			.toUpperCase(Locale.ROOT);
		try {
			return Optional.of(new TransportPlate(folded));
		}
		catch (IllegalArgumentException notAPlate) {
			return Optional.empty();
		}
	}

	/** The two-digit code of the province that issued the plate. */
	public String provinceCode() {
		return PlateProvinces.provinceCode(value.charAt(0)).orElseThrow();
	}

	public char provinceCharacter() {
		return value.charAt(0);
	}
}
