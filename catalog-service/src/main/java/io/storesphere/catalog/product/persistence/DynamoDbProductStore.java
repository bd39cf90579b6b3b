package io.storesphere.catalog.product.persistence;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.storesphere.catalog.CatalogProperties;
import io.storesphere.catalog.product.InvalidCursorException;
import io.storesphere.catalog.product.NoSuchProductException;
import io.storesphere.catalog.product.Product;
import io.storesphere.catalog.product.ProductStore;
import io.storesphere.catalog.product.StaleProductException;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.BatchGetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import org.springframework.stereotype.Component;

/** Products in DynamoDB through the Enhanced Client. */
@Component
class DynamoDbProductStore implements ProductStore {

	private static final int BATCH_GET_LIMIT = 100;

	private final DynamoDbEnhancedClient enhanced;

	private final DynamoDbTable<ProductItem> table;

	private final DynamoDbIndex<ProductItem> byName;

	private final DynamoDbClient dynamoDb;

	private final Clock clock;

	DynamoDbProductStore(DynamoDbEnhancedClient enhanced, DynamoDbClient dynamoDb, CatalogProperties properties,
			Clock clock) {
		this.enhanced = enhanced;
		this.table = enhanced.table(properties.productsTable(), TableSchema.fromBean(ProductItem.class));
		this.byName = this.table.index(ProductItem.NAME_INDEX);
		this.dynamoDb = dynamoDb;
		this.clock = clock;
	}

	@Override
	public Optional<Product> find(String id) {
		return Optional.ofNullable(this.table.getItem((request) -> request.key(key(id)).consistentRead(true)))
			.map(ProductItem::toProduct);
	}

	@Override
	public List<Product> findAll(Collection<String> ids) {
		List<Product> found = new ArrayList<>();
		List<String> distinct = ids.stream().distinct().toList();
		for (int from = 0; from < distinct.size(); from += BATCH_GET_LIMIT) {
			ReadBatch.Builder<ProductItem> batch = ReadBatch.builder(ProductItem.class).mappedTableResource(this.table);
			distinct.subList(from, Math.min(distinct.size(), from + BATCH_GET_LIMIT))
				.forEach((id) -> batch.addGetItem(key(id)));
			found.addAll(read(batch.build()));
		}
		return found;
	}

	private List<Product> read(ReadBatch batch) {
		// Each further result page fetches the keys DynamoDB left unprocessed.
		return this.enhanced.batchGetItem(BatchGetItemEnhancedRequest.builder().readBatches(batch).build())
			.resultsForTable(this.table)
			.stream()
			.map(ProductItem::toProduct)
			.toList();
	}

	@Override
	public ProductPage list(String search, int size, String after) {
		QueryEnhancedRequest.Builder request = QueryEnhancedRequest.builder()
			.queryConditional(QueryConditional.keyEqualTo((key) -> key.partitionValue(ProductItem.LISTING)))
			.limit(Math.max(size + 1, 25));
		if (after != null) {
			request.exclusiveStartKey(startKey(after));
		}
		if (search != null && !search.isBlank()) {
			request.filterExpression(Expression.builder()
				.expression("contains(searchName, :search)")
				.putExpressionValue(":search", AttributeValue.fromS(search.strip().toLowerCase(Locale.ROOT)))
				.build());
		}
		// One more than asked for tells whether another page exists; the cursor is the
		// last item returned, not DynamoDB's last evaluated key, so nothing is skipped.
		List<ProductItem> items = new ArrayList<>(size + 1);
		Iterator<Page<ProductItem>> pages = this.byName.query(request.build()).iterator();
		while (items.size() <= size && pages.hasNext()) {
			for (ProductItem item : pages.next().items()) {
				items.add(item);
				if (items.size() > size) {
					break;
				}
			}
		}
		boolean more = items.size() > size;
		List<ProductItem> page = more ? items.subList(0, size) : items;
		String next = more ? cursor(page.get(page.size() - 1)) : null;
		return new ProductPage(page.stream().map(ProductItem::toProduct).toList(), next);
	}

	@Override
	public void create(Product product) {
		this.table.putItem((request) -> request.item(ProductItem.of(product))
			.conditionExpression(Expression.builder().expression("attribute_not_exists(productId)").build()));
	}

	@Override
	public void replace(Product product, long expectedVersion) {
		try {
			this.table.putItem((request) -> request.item(ProductItem.of(product))
				.conditionExpression(Expression.builder()
					.expression("version = :expected")
					.putExpressionValue(":expected", AttributeValue.fromN(Long.toString(expectedVersion)))
					.build()));
		}
		catch (ConditionalCheckFailedException ex) {
			Product current = find(product.id()).orElseThrow(() -> new NoSuchProductException(product.id()));
			throw new StaleProductException(product.id(), current.version());
		}
	}

	@Override
	public Product addStock(String id, int quantity) {
		try {
			Map<String, AttributeValue> updated = this.dynamoDb
				.updateItem((request) -> request.tableName(this.table.tableName())
					.key(Map.of("productId", AttributeValue.fromS(id)))
					.updateExpression("SET stock = stock + :quantity, version = version + :one, updatedAt = :now")
					.conditionExpression("attribute_exists(productId)")
					.expressionAttributeValues(Map.of(":quantity", AttributeValue.fromN(Integer.toString(quantity)),
							":one", AttributeValue.fromN("1"), ":now",
							AttributeValue.fromS(this.clock.instant().toString())))
					.returnValues(ReturnValue.ALL_NEW))
				.attributes();
			return this.table.tableSchema().mapToItem(updated).toProduct();
		}
		catch (ConditionalCheckFailedException ex) {
			throw new NoSuchProductException(id);
		}
	}

	@Override
	public Optional<Product> delete(String id) {
		// The enhanced client returns the old item (ReturnValues ALL_OLD).
		return Optional.ofNullable(this.table.deleteItem(key(id))).map(ProductItem::toProduct);
	}

	private static Key key(String id) {
		return Key.builder().partitionValue(id).build();
	}

	private static String cursor(ProductItem last) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(last.getSortName().getBytes(StandardCharsets.UTF_8));
	}

	private static Map<String, AttributeValue> startKey(String cursor) {
		String sortName;
		try {
			sortName = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidCursorException();
		}
		int hash = sortName.lastIndexOf('#');
		if (hash < 0 || hash == sortName.length() - 1) {
			throw new InvalidCursorException();
		}
		return Map.of("productId", AttributeValue.fromS(sortName.substring(hash + 1)), "listing",
				AttributeValue.fromS(ProductItem.LISTING), "sortName", AttributeValue.fromS(sortName));
	}

}
