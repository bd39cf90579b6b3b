package io.storesphere.catalog.product.web;

import java.util.Base64;

import io.storesphere.catalog.image.ImageRejectedException;

/** Decodes {@code data:image/...;base64,...}; what the bytes are is decided by them. */
final class DataUrl {

	private DataUrl() {
	}

	static byte[] decode(String dataUrl, int maxBytes) {
		int comma = dataUrl.indexOf(',');
		if (!dataUrl.startsWith("data:") || comma < 0 || !dataUrl.substring(0, comma).endsWith(";base64")) {
			throw new InvalidFieldException("image", "must be a base64 data URL (data:image/png;base64,...)");
		}
		String base64 = dataUrl.substring(comma + 1).strip();
		// Refuse an oversized upload before decoding it.
		if ((long) base64.length() * 3 / 4 > maxBytes + 2L) {
			throw ImageRejectedException
				.tooLarge("The image is larger than " + ((maxBytes + 1023) / 1024) + " KB; upload a smaller one.");
		}
		try {
			return Base64.getMimeDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFieldException("image", "is not valid base64");
		}
	}

}
