package io.storesphere.cart.shopping.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import io.storesphere.cart.CartProperties;
import io.storesphere.cart.shopping.Cart;
import io.storesphere.cart.shopping.CartLine;
import io.storesphere.cart.shopping.CartStore;
import io.storesphere.cart.shopping.CartStoreUnavailable;
import io.storesphere.cart.shopping.Money;
import io.storesphere.starter.inbox.ProcessedEvent;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactPutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.TransactWriteItemsEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import org.springframework.stereotype.Component;

/**
 * Carts in DynamoDB through the Enhanced Client. Every write is a put conditional on the
 * version it was derived from ({@code attribute_not_exists(userId)} for a cart never
 * stored), and sets the TTL attribute {@code expiresAt} afresh. An order event's change
 * is written in one transaction with its inbox record ({@code attribute_not_exists}), so
 * the cart changes exactly when the event is first recorded.
 */
@Component
class DynamoCartStore implements CartStore {

	private static final TableSchema<CartItem> CART_SCHEMA = TableSchema.fromBean(CartItem.class);

	private final DynamoDbEnhancedClient dynamoDb;

	private final DynamoDbTable<CartItem> carts;

	private final DynamoDbTable<ProcessedEvent> inbox;

	private final Clock clock;

	DynamoCartStore(DynamoDbEnhancedClient dynamoDb, CartProperties properties, Clock clock) {
		this.dynamoDb = dynamoDb;
		this.clock = clock;
		this.carts = dynamoDb.table(properties.cartsTable(), CART_SCHEMA);
		this.inbox = dynamoDb.table(properties.inboxTable(), ProcessedEvent.SCHEMA);
	}

	@Override
	public Cart load(String userId, Instant now) {
		CartItem item = unlessUnavailable("read",
				() -> this.carts.getItem((request) -> request.key(key(userId)).consistentRead(true)));
		if (item == null) {
			return Cart.empty(userId, 0);
		}
		long version = (item.getVersion() != null) ? item.getVersion() : 0;
		// TTL deletion lags by up to days: an expired cart reads as empty, yet keeps its
		// version so the next write still replaces exactly it.
		if (item.getExpiresAt() != null && item.getExpiresAt() <= now.getEpochSecond()) {
			return Cart.empty(userId, version);
		}
		List<LineItem> lines = (item.getLines() != null) ? item.getLines() : List.of();
		return new Cart(userId, version, lines.stream().map(DynamoCartStore::line).toList());
	}

	@Override
	public boolean replace(Cart cart, long expectedVersion, Instant expiresAt) {
		try {
			unlessUnavailable("write", () -> {
				this.carts.putItem(PutItemEnhancedRequest.builder(CartItem.class)
					.item(item(cart, expectedVersion + 1, expiresAt))
					.conditionExpression(storedAt(expectedVersion))
					.build());
				return null;
			});
			return true;
		}
		catch (ConditionalCheckFailedException anotherWriteCameFirst) {
			return false;
		}
	}

	@Override
	public EventWrite replaceForEvent(String eventId, String eventType, Cart changed, long expectedVersion,
			Instant cartExpiresAt, Instant eventKeptUntil) {
		ProcessedEvent record = ProcessedEvent.of(eventId, eventType, this.clock.instant(), eventKeptUntil);
		try {
			unlessUnavailable("write", () -> {
				TransactWriteItemsEnhancedRequest.Builder transaction = TransactWriteItemsEnhancedRequest.builder()
					.addPutItem(this.inbox,
							TransactPutItemEnhancedRequest.builder(ProcessedEvent.class)
								.item(record)
								.conditionExpression(ProcessedEvent.IS_NEW)
								.build());
				if (changed != null) {
					transaction.addPutItem(this.carts,
							TransactPutItemEnhancedRequest.builder(CartItem.class)
								.item(item(changed, expectedVersion + 1, cartExpiresAt))
								.conditionExpression(storedAt(expectedVersion))
								.build());
				}
				this.dynamoDb.transactWriteItems(transaction.build());
				return null;
			});
			return EventWrite.APPLIED;
		}
		catch (TransactionCanceledException cancelled) {
			// Either the event was recorded before, or the cart changed since it was read
			// (or a concurrent transaction held it): the inbox tells which.
			return processed(eventId) ? EventWrite.DUPLICATE : EventWrite.CONFLICT;
		}
	}

	private boolean processed(String eventId) {
		return unlessUnavailable("read", () -> this.inbox.getItem(
				(request) -> request.key(Key.builder().partitionValue(eventId).build()).consistentRead(true))) != null;
	}

	private static Expression storedAt(long expectedVersion) {
		if (expectedVersion == 0) {
			return Expression.builder().expression("attribute_not_exists(userId)").build();
		}
		return Expression.builder()
			.expression("#version = :expected")
			.expressionNames(Map.of("#version", "version"))
			.expressionValues(Map.of(":expected", AttributeValue.fromN(Long.toString(expectedVersion))))
			.build();
	}

	private static Key key(String userId) {
		return Key.builder().partitionValue(userId).build();
	}

	private CartItem item(Cart cart, long version, Instant expiresAt) {
		CartItem item = new CartItem();
		item.setUserId(cart.userId());
		item.setVersion(version);
		item.setLines(cart.lines().stream().map(DynamoCartStore::lineItem).toList());
		item.setUpdatedAt(this.clock.instant());
		item.setExpiresAt(expiresAt.getEpochSecond());
		return item;
	}

	private static LineItem lineItem(CartLine line) {
		LineItem item = new LineItem();
		item.setProductId(line.productId());
		item.setName(line.name());
		item.setImageUrl(line.imageUrl());
		item.setUnitPrice(line.unitPrice().toPlainString());
		item.setAddedUnitPrice(line.addedUnitPrice().toPlainString());
		item.setQuantity(line.quantity());
		item.setAddedAt(line.addedAt());
		return item;
	}

	private static CartLine line(LineItem item) {
		return new CartLine(item.getProductId(), item.getName(), item.getImageUrl(), Money.of(item.getUnitPrice()),
				Money.of(item.getAddedUnitPrice()), item.getQuantity(), item.getAddedAt());
	}

	/**
	 * Runs a store call, turning a failure to reach DynamoDB into
	 * {@link CartStoreUnavailable}; a failed condition or cancelled transaction passes
	 * through for the caller to interpret.
	 */
	private static <T> T unlessUnavailable(String what, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (ConditionalCheckFailedException | TransactionCanceledException expected) {
			throw expected;
		}
		catch (SdkException ex) {
			throw new CartStoreUnavailable("Could not " + what + " the cart: " + ex.getMessage(), ex);
		}
	}

}
