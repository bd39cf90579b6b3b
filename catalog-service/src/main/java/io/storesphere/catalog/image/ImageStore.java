package io.storesphere.catalog.image;

import java.util.Optional;

/** Where image bytes live, apart from products. One adapter: DynamoDB. */
public interface ImageStore {

	void put(String productId, StoredImage image);

	Optional<StoredImage> find(String productId);

	void delete(String productId);

}
