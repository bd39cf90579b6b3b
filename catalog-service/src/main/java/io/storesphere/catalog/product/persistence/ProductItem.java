package io.storesphere.catalog.product.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;

import io.storesphere.catalog.product.Product;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;

/**
 * A product item in {@code catalog-products}. Besides the product it carries what the
 * name index needs: one listing partition and a sort key of the lower-case name plus the
 * id (unique, so paging never skips or repeats), and the lower-case name to search in.
 */
@DynamoDbBean
public class ProductItem {

	static final String NAME_INDEX = "products-by-name";

	static final String LISTING = "PRODUCT";

	private String productId;

	private String listing;

	private String sortName;

	private String searchName;

	private String name;

	private String description;

	private BigDecimal price;

	private Integer stock;

	private Integer threshold;

	private Boolean thresholdSetByAdmin;

	private String imageTag;

	private Long version;

	private Instant createdAt;

	private Instant updatedAt;

	public static ProductItem of(Product product) {
		ProductItem item = new ProductItem();
		item.productId = product.id();
		item.listing = LISTING;
		item.searchName = product.name().toLowerCase(Locale.ROOT);
		item.sortName = sortName(item.searchName, product.id());
		item.name = product.name();
		item.description = product.description();
		item.price = product.price();
		item.stock = product.stock();
		item.threshold = product.threshold();
		item.thresholdSetByAdmin = product.thresholdSetByAdmin();
		item.imageTag = product.imageTag();
		item.version = product.version();
		item.createdAt = product.createdAt();
		item.updatedAt = product.updatedAt();
		return item;
	}

	public Product toProduct() {
		return new Product(this.productId, this.name, this.description, this.price, this.stock, this.threshold,
				Boolean.TRUE.equals(this.thresholdSetByAdmin), this.imageTag, this.version, this.createdAt,
				this.updatedAt);
	}

	static String sortName(String searchName, String productId) {
		return searchName + "#" + productId;
	}

	@DynamoDbPartitionKey
	public String getProductId() {
		return this.productId;
	}

	public void setProductId(String productId) {
		this.productId = productId;
	}

	@DynamoDbSecondaryPartitionKey(indexNames = NAME_INDEX)
	public String getListing() {
		return this.listing;
	}

	public void setListing(String listing) {
		this.listing = listing;
	}

	@DynamoDbSecondarySortKey(indexNames = NAME_INDEX)
	public String getSortName() {
		return this.sortName;
	}

	public void setSortName(String sortName) {
		this.sortName = sortName;
	}

	public String getSearchName() {
		return this.searchName;
	}

	public void setSearchName(String searchName) {
		this.searchName = searchName;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public BigDecimal getPrice() {
		return this.price;
	}

	public void setPrice(BigDecimal price) {
		this.price = price;
	}

	public Integer getStock() {
		return this.stock;
	}

	public void setStock(Integer stock) {
		this.stock = stock;
	}

	public Integer getThreshold() {
		return this.threshold;
	}

	public void setThreshold(Integer threshold) {
		this.threshold = threshold;
	}

	public Boolean getThresholdSetByAdmin() {
		return this.thresholdSetByAdmin;
	}

	public void setThresholdSetByAdmin(Boolean thresholdSetByAdmin) {
		this.thresholdSetByAdmin = thresholdSetByAdmin;
	}

	public String getImageTag() {
		return this.imageTag;
	}

	public void setImageTag(String imageTag) {
		this.imageTag = imageTag;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public void setCreatedAt(Instant createdAt) {
		this.createdAt = createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

}
