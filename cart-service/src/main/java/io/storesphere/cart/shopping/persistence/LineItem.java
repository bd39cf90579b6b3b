package io.storesphere.cart.shopping.persistence;

import java.time.Instant;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/** One line of a stored cart; money as two-place decimal strings. */
@DynamoDbBean
// Public with a public constructor: the Enhanced Client's bean schema requires it.
public class LineItem {

	private String productId;

	private String name;

	private String imageUrl;

	private String unitPrice;

	private String addedUnitPrice;

	private Integer quantity;

	private Instant addedAt;

	public String getProductId() {
		return this.productId;
	}

	public void setProductId(String productId) {
		this.productId = productId;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getImageUrl() {
		return this.imageUrl;
	}

	public void setImageUrl(String imageUrl) {
		this.imageUrl = imageUrl;
	}

	public String getUnitPrice() {
		return this.unitPrice;
	}

	public void setUnitPrice(String unitPrice) {
		this.unitPrice = unitPrice;
	}

	public String getAddedUnitPrice() {
		return this.addedUnitPrice;
	}

	public void setAddedUnitPrice(String addedUnitPrice) {
		this.addedUnitPrice = addedUnitPrice;
	}

	public Integer getQuantity() {
		return this.quantity;
	}

	public void setQuantity(Integer quantity) {
		this.quantity = quantity;
	}

	public Instant getAddedAt() {
		return this.addedAt;
	}

	public void setAddedAt(Instant addedAt) {
		this.addedAt = addedAt;
	}

}
