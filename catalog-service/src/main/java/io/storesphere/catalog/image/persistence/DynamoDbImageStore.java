package io.storesphere.catalog.image.persistence;

import java.util.Optional;

import io.storesphere.catalog.CatalogProperties;
import io.storesphere.catalog.image.ImageStore;
import io.storesphere.catalog.image.StoredImage;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;

import org.springframework.stereotype.Component;

/** Image bytes in their own table, so that listing products never reads them. */
@Component
class DynamoDbImageStore implements ImageStore {

	private final DynamoDbTable<ImageItem> table;

	DynamoDbImageStore(DynamoDbEnhancedClient enhanced, CatalogProperties properties) {
		this.table = enhanced.table(properties.imagesTable(), TableSchema.fromBean(ImageItem.class));
	}

	@Override
	public void put(String productId, StoredImage image) {
		this.table.putItem(ImageItem.of(productId, image));
	}

	@Override
	public Optional<StoredImage> find(String productId) {
		return Optional.ofNullable(this.table.getItem(key(productId))).map(ImageItem::toImage);
	}

	@Override
	public void delete(String productId) {
		this.table.deleteItem(key(productId));
	}

	private static Key key(String productId) {
		return Key.builder().partitionValue(productId).build();
	}

}
