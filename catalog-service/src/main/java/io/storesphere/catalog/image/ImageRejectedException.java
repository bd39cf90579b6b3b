package io.storesphere.catalog.image;

/** An upload that is not an image we take: too large, or not a readable image. */
public class ImageRejectedException extends RuntimeException {

	private final boolean tooLarge;

	private ImageRejectedException(String message, boolean tooLarge) {
		super(message);
		this.tooLarge = tooLarge;
	}

	public static ImageRejectedException tooLarge(String message) {
		return new ImageRejectedException(message, true);
	}

	public static ImageRejectedException unsupported(String message) {
		return new ImageRejectedException(message, false);
	}

	/** 413 if true, 415 otherwise. */
	public boolean tooLarge() {
		return this.tooLarge;
	}

}
