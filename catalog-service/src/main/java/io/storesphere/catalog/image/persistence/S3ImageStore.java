package io.storesphere.catalog.image.persistence;

import java.util.Map;
import java.util.Optional;

import io.storesphere.catalog.CatalogProperties;
import io.storesphere.catalog.image.ImageStore;
import io.storesphere.catalog.image.StoredImage;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

import org.springframework.stereotype.Component;

/**
 * Images as objects in the catalogue's private bucket, keyed
 * {@code products/<productId>/<tag>}. The tag is a digest of the bytes, so a key never
 * changes its content: a replaced image is a new object, and the old one is deleted once
 * the product no longer points at it.
 */
@Component
class S3ImageStore implements ImageStore {

	private static final String WIDTH = "width";

	private static final String HEIGHT = "height";

	private final S3Client s3;

	private final String bucket;

	S3ImageStore(S3Client s3, CatalogProperties properties) {
		this.s3 = s3;
		this.bucket = properties.imagesBucket();
	}

	@Override
	public void put(String productId, StoredImage image) {
		this.s3.putObject(
				(request) -> request.bucket(this.bucket)
					.key(key(productId, image.tag()))
					.contentType(image.mediaType())
					.metadata(Map.of(WIDTH, Integer.toString(image.width()), HEIGHT, Integer.toString(image.height()))),
				RequestBody.fromBytes(image.bytes()));
	}

	@Override
	public Optional<StoredImage> find(String productId, String tag) {
		try {
			// Whole, not streamed: at most storesphere.catalog.images.max-stored, and a
			// failed read becomes a problem response instead of a cut-off image.
			ResponseBytes<GetObjectResponse> object = this.s3
				.getObjectAsBytes((request) -> request.bucket(this.bucket).key(key(productId, tag)));
			Map<String, String> metadata = object.response().metadata();
			return Optional.of(new StoredImage(object.asByteArray(), object.response().contentType(),
					dimension(metadata, WIDTH), dimension(metadata, HEIGHT), tag));
		}
		catch (NoSuchKeyException missing) {
			return Optional.empty();
		}
	}

	@Override
	public void delete(String productId, String tag) {
		this.s3.deleteObject((request) -> request.bucket(this.bucket).key(key(productId, tag)));
	}

	private static String key(String productId, String tag) {
		return "products/" + productId + "/" + tag;
	}

	private static int dimension(Map<String, String> metadata, String name) {
		String value = metadata.get(name);
		return (value != null) ? Integer.parseInt(value) : 0;
	}

}
