package org.bastion.shared;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

import io.nayuki.qrcodegen.QrCode;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A link as a QR code scanned with the phone's camera or WeChat (a self-report link, a checkpoint's
 * poster): a black-and-white PNG of a few hundred bytes, which any old phone browser shows and any
 * printer prints.
 */
public final class QrImage {

	/** Pixels per module: about 200 px for a link of this length, legible on paper and on a screen. */
	private static final int SCALE = 5;

	/** The quiet zone the standard asks for around the code, in modules. */
	private static final int BORDER = 4;

	private QrImage() {
	}

	/** The address of {@code path} on this server as the phone reached it, for a code that opens it. */
	public static String link(HttpServletRequest request, String path) {
		int port = request.getServerPort();
		return request.getScheme() + "://" + request.getServerName() + (port == 80 || port == 443 ? "" : ":" + port)
				+ path;
	}

	public static byte[] png(String link) {
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
