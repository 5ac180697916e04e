package org.bastion.observation;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

import io.nayuki.qrcodegen.QrCode;

/**
 * The self-report link as a QR code the person scans with the phone's camera or WeChat: a black-and-white
 * PNG of a few hundred bytes, which any old phone browser shows and any printer prints.
 */
final class SelfReportQr {

	/** Pixels per module: about 200 px for a link of this length, legible on paper and on a screen. */
	private static final int SCALE = 5;

	/** The quiet zone the standard asks for around the code, in modules. */
	private static final int BORDER = 4;

	private SelfReportQr() {
	}

	static byte[] png(String link) {
		QrCode code = QrCode.encodeText(link, QrCode.Ecc.MEDIUM);
		int side = (code.size + 2 * BORDER) * SCALE;
		BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
		for (int y = 0; y < side; y++) {
			for (int x = 0; x < side; x++) {
				boolean dark = code.getModule(x / SCALE - BORDER, y / SCALE - BORDER);
				image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
			}
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return png.toByteArray();
	}
}
