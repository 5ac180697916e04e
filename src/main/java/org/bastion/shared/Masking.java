package org.bastion.shared;

/** How identifiers look to a viewer who is not entitled to read them in full. */
public final class Masking {

	private Masking() {
	}

	/** {@code 511528199001011234} becomes {@code 511528********1234}. */
	public static String idNumber(String value) {
		if (value == null || value.length() < 10) {
			return value == null ? null : "*".repeat(value.length());
		}
		return value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4);
	}

	/** {@code 13912341111} becomes {@code 139****1111}. */
	public static String phone(String value) {
		if (value == null || value.length() < 7) {
			return value == null ? null : "*".repeat(value.length());
		}
		return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
	}
}
