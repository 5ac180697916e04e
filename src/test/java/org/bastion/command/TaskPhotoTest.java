package org.bastion.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

import org.bastion.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A photo is an image by its first bytes, never read past the limit. */
class TaskPhotoTest {

	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' };

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

	static final byte[] WEBP = { 'R', 'I', 'F', 'F', 0x24, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' ' };

	@Test
	void jpegPngAndWebpAreKnownByTheirFirstBytes() {
		assertThat(TaskPhoto.read(upload(JPEG, JPEG.length), 1024).contentType()).isEqualTo("image/jpeg");
		assertThat(TaskPhoto.read(upload(PNG, PNG.length), 1024).contentType()).isEqualTo("image/png");
		assertThat(TaskPhoto.read(upload(WEBP, WEBP.length), 1024).contentType()).isEqualTo("image/webp");
		assertThat(TaskPhoto.read(upload(JPEG, JPEG.length), 1024).bytes()).isEqualTo(JPEG);
	}

	@Test
	void anythingElseIsRefusedNamingThePhoto() {
		byte[] riffWave = Arrays.copyOf(WEBP, WEBP.length);
		riffWave[8] = 'W';
		riffWave[9] = 'A';
		riffWave[10] = 'V';
		riffWave[11] = 'E';
		for (byte[] bytes : new byte[][] { "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(), "%PDF-1.7".getBytes(),
				{ 'G', 'I', 'F', '8', '9', 'a' }, riffWave, { (byte) 0xFF, (byte) 0xD8 }, new byte[0] }) {
			assertThatThrownBy(() -> TaskPhoto.read(upload(bytes, bytes.length), 1024)).isInstanceOf(InvalidInputException.class)
				.satisfies(e -> assertThat(((InvalidInputException) e).violations().getFirst().messageKey())
					.isEqualTo("task.photo.image"));
		}
	}

	@Test
	void aPhotoPastTheLimitIsRefusedByItsDeclaredSizeUnreadOrAfterOneByteTooMany() {
		byte[] big = Arrays.copyOf(JPEG, 2048);
		AtomicLong opened = new AtomicLong();
		TaskPhoto.Upload declared = new TaskPhoto.Upload() {

			@Override
			public long size() {
				return big.length;
			}

			@Override
			public InputStream open() {
				opened.incrementAndGet();
				return new ByteArrayInputStream(big);
			}
		};
		assertThatThrownBy(() -> TaskPhoto.read(declared, 1024)).isInstanceOf(InvalidInputException.class)
			.satisfies(e -> assertThat(((InvalidInputException) e).violations().getFirst().messageKey()).isEqualTo("task.photo.size"));
		assertThat(opened).as("a declared size past the limit is not read at all").hasValue(0);

		CountingStream stream = new CountingStream(big);
		assertThatThrownBy(() -> TaskPhoto.read(new TaskPhoto.Upload() {

			@Override
			public long size() {
				return -1;
			}

			@Override
			public InputStream open() {
				return stream;
			}
		}, 1024)).isInstanceOf(InvalidInputException.class);
		assertThat(stream.read).as("read up to one byte past the limit, no further").isEqualTo(1025);
		assertThat(TaskPhoto.read(upload(Arrays.copyOf(JPEG, 1024), 1024), 1024).bytes()).hasSize(1024);
	}

	private static TaskPhoto.Upload upload(byte[] bytes, long size) {
		return new TaskPhoto.Upload() {

			@Override
			public long size() {
				return size;
			}

			@Override
			public InputStream open() {
				return new ByteArrayInputStream(bytes);
			}
		};
	}

	/** A stream that counts what was taken from it. */
	private static final class CountingStream extends ByteArrayInputStream {

		long read;

		CountingStream(byte[] bytes) {
			super(bytes);
		}

		@Override
		public synchronized int read(byte[] b, int off, int len) {
			int n = super.read(b, off, len);
			if (n > 0) {
				read += n;
			}
			return n;
		}

		@Override
		public synchronized int read() {
			int b = super.read();
			if (b >= 0) {
				read++;
			}
			return b;
		}
	}
}
