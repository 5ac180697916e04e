package org.bastion.command;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

import org.bastion.shared.FieldViolation;
import org.bastion.shared.InvalidInputException;

/**
 * The photo a task is done with, as read from an upload: a real image by its first bytes (JPEG, PNG or WebP,
 * whatever the name or the declared type says) and no larger than the limit, of which no more than one byte
 * past the limit is ever read.
 */
record TaskPhoto(String contentType, byte[] bytes) {

	/** The field a photo's mistakes are named by, on the page and the API. */
	static final String FIELD = "photo";

	/** An upload as it arrives: its declared size (-1 unknown) and its bytes, opened once. */
	interface Upload {

		long size();

		InputStream open() throws IOException;
	}

	/**
	 * Reads an upload of at most {@code maxBytes}.
	 *
	 * @throws InvalidInputException {@code task.photo.size} past the limit, {@code task.photo.image} for
	 *         anything but a JPEG, PNG or WebP image (an empty file too)
	 */
	static TaskPhoto read(Upload upload, long maxBytes) {
		if (upload.size() > maxBytes) {
			throw tooLarge(maxBytes);
		}
		byte[] bytes;
		try (InputStream in = upload.open()) {
			bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
		}
		catch (IOException e) {
			throw new InvalidInputException(new FieldViolation(FIELD, "readable", "task.photo.unreadable"));
		}
		if (bytes.length > maxBytes) {
			throw tooLarge(maxBytes);
		}
		String type = imageType(bytes).orElseThrow(
				() -> new InvalidInputException(new FieldViolation(FIELD, "image", "task.photo.image")));
		return new TaskPhoto(type, bytes);
	}

	/** The image type the first bytes say, if they are a JPEG's, a PNG's or a WebP's. */
	static Optional<String> imageType(byte[] head) {
		if (starts(head, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (starts(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (starts(head, 0, 'R', 'I', 'F', 'F') && starts(head, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of("image/webp");
		}
		return Optional.empty();
	}

	private static boolean starts(byte[] bytes, int at, int... expected) {
		if (bytes.length < at + expected.length) {
			return false;
		}
		for (int i = 0; i < expected.length; i++) {
			if ((bytes[at + i] & 0xFF) != expected[i]) {
				return false;
			}
		}
		return true;
	}

	private static InvalidInputException tooLarge(long maxBytes) {
		return new InvalidInputException(new FieldViolation(FIELD, "size", "task.photo.size", maxBytes / (1024 * 1024)));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TaskPhoto photo && contentType.equals(photo.contentType) && Arrays.equals(bytes, photo.bytes);
	}

	@Override
	public int hashCode() {
		return 31 * contentType.hashCode() + Arrays.hashCode(bytes);
	}

	@Override
	public String toString() {
		return "TaskPhoto[" + contentType + ", " + bytes.length + " bytes]";
	}
}
