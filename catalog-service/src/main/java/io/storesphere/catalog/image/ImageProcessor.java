package io.storesphere.catalog.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Turns an upload into what the catalogue stores: recognised by its bytes, checked for
 * size before it is decoded (so a small file cannot claim a huge canvas), and scaled down
 * to the maximum edge so the stored object stays small enough to serve cheaply. An image
 * that is already small enough is kept byte for byte (an animated GIF stays animated);
 * anything scaled is re-encoded as PNG if it has transparency, JPEG otherwise.
 */
public final class ImageProcessor {

	private static final long MAX_PIXELS = 50_000_000L;

	private final int maxUploadBytes;

	private final int maxEdge;

	private final int maxStoredBytes;

	/**
	 * @param maxUploadBytes larger uploads are refused (413)
	 * @param maxEdge the longest side of a stored image, in pixels
	 * @param maxStoredBytes the most an image may take in the store
	 */
	public ImageProcessor(int maxUploadBytes, int maxEdge, int maxStoredBytes) {
		this.maxUploadBytes = maxUploadBytes;
		this.maxEdge = maxEdge;
		this.maxStoredBytes = maxStoredBytes;
	}

	public StoredImage process(byte[] upload) {
		if (upload.length > this.maxUploadBytes) {
			throw ImageRejectedException.tooLarge("The image is " + kilobytes(upload.length) + "; the most is "
					+ kilobytes(this.maxUploadBytes) + ".");
		}
		ImageFormat format = ImageFormat.detect(upload)
			.orElseThrow(() -> ImageRejectedException
				.unsupported("This file is not a PNG, JPEG, WebP or GIF image. Upload one of those."));
		BufferedImage image = decode(upload, format);
		int width = image.getWidth();
		int height = image.getHeight();
		if (Math.max(width, height) <= this.maxEdge && upload.length <= this.maxStoredBytes) {
			return stored(upload, format.mediaType(), width, height);
		}
		BufferedImage scaled = scaleToFit(image);
		boolean transparent = scaled.getColorModel().hasAlpha();
		if (transparent) {
			byte[] png = encodePng(scaled);
			if (png.length <= this.maxStoredBytes) {
				return stored(png, ImageFormat.PNG.mediaType(), scaled.getWidth(), scaled.getHeight());
			}
		}
		BufferedImage opaque = transparent ? onWhite(scaled) : scaled;
		for (float quality : new float[] { 0.85f, 0.7f, 0.5f }) {
			byte[] jpeg = encodeJpeg(opaque, quality);
			if (jpeg.length <= this.maxStoredBytes) {
				return stored(jpeg, ImageFormat.JPEG.mediaType(), opaque.getWidth(), opaque.getHeight());
			}
		}
		throw ImageRejectedException.tooLarge("The image cannot be made small enough to store; try a simpler one.");
	}

	private static BufferedImage decode(byte[] upload, ImageFormat format) {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw ImageRejectedException.unsupported("This " + format + " image cannot be read.");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					throw ImageRejectedException.tooLarge("The image is " + reader.getWidth(0) + " x "
							+ reader.getHeight(0) + " pixels; the most is 50 megapixels.");
				}
				BufferedImage image = reader.read(0);
				if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
					throw ImageRejectedException.unsupported("This " + format + " image is empty.");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImageRejectedException rejected) {
				throw rejected;
			}
			throw ImageRejectedException.unsupported("This " + format + " image is damaged and cannot be read.");
		}
	}

	private BufferedImage scaleToFit(BufferedImage image) {
		double factor = Math.min(1.0, (double) this.maxEdge / Math.max(image.getWidth(), image.getHeight()));
		int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
		boolean alpha = image.getColorModel().hasAlpha();
		BufferedImage scaled = new BufferedImage(width, height,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = scaled.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			graphics.drawImage(image, 0, 0, width, height, null);
		}
		finally {
			graphics.dispose();
		}
		return scaled;
	}

	private static BufferedImage onWhite(BufferedImage image) {
		BufferedImage opaque = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = opaque.createGraphics();
		try {
			graphics.setColor(Color.WHITE);
			graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
			graphics.drawImage(image, 0, 0, null);
		}
		finally {
			graphics.dispose();
		}
		return opaque;
	}

	private static byte[] encodePng(BufferedImage image) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static byte[] encodeJpeg(BufferedImage image, float quality) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			ImageWriteParam parameters = writer.getDefaultWriteParam();
			parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			parameters.setCompressionQuality(quality);
			writer.write(null, new IIOImage(image, null, null), parameters);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static StoredImage stored(byte[] bytes, String mediaType, int width, int height) {
		return new StoredImage(bytes, mediaType, width, height, digest(bytes));
	}

	private static String digest(byte[] bytes) {
		try {
			byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(bytes);
			return HexFormat.of().formatHex(sha256, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String kilobytes(int bytes) {
		return (bytes + 1023) / 1024 + " KB";
	}

}
