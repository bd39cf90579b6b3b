package io.storesphere.catalog.image.persistence;

import io.storesphere.catalog.image.StoredImage;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/** A product's image in {@code catalog-product-images}: bytes and how to serve them. */
@DynamoDbBean
public class ImageItem {

	private String productId;

	private SdkBytes data;

	private String mediaType;

	private Integer width;

	private Integer height;

	private String tag;

	static ImageItem of(String productId, StoredImage image) {
		ImageItem item = new ImageItem();
		item.productId = productId;
		item.data = SdkBytes.fromByteArray(image.bytes());
		item.mediaType = image.mediaType();
		item.width = image.width();
		item.height = image.height();
		item.tag = image.tag();
		return item;
	}

	StoredImage toImage() {
		return new StoredImage(this.data.asByteArray(), this.mediaType, this.width, this.height, this.tag);
	}

	@DynamoDbPartitionKey
	public String getProductId() {
		return this.productId;
	}

	public void setProductId(String productId) {
		this.productId = productId;
	}

	public SdkBytes getData() {
		return this.data;
	}

	public void setData(SdkBytes data) {
		this.data = data;
	}

	public String getMediaType() {
		return this.mediaType;
	}

	public void setMediaType(String mediaType) {
		this.mediaType = mediaType;
	}

	public Integer getWidth() {
		return this.width;
	}

	public void setWidth(Integer width) {
		this.width = width;
	}

	public Integer getHeight() {
		return this.height;
	}

	public void setHeight(Integer height) {
		this.height = height;
	}

	public String getTag() {
		return this.tag;
	}

	public void setTag(String tag) {
		this.tag = tag;
	}

}
