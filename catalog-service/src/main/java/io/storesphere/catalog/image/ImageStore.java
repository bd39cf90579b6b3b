package io.storesphere.catalog.image;

import java.util.Optional;

/**
 * Where image bytes live, apart from products: one object per product and image tag, so
 * storing a new image never overwrites the one still being served. One adapter: S3.
 */
public interface ImageStore {

	/** Stores the image under its product and tag; storing it again changes nothing. */
	void put(String productId, StoredImage image);

	/** The image with this tag, or empty when it is not (or no longer) stored. */
	Optional<StoredImage> find(String productId, String tag);

	/** Deletes the image with this tag, if it is stored. */
	void delete(String productId, String tag);

}
