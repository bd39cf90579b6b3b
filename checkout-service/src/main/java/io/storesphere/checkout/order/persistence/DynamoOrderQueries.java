package io.storesphere.checkout.order.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.storesphere.checkout.CheckoutProperties;
import io.storesphere.checkout.order.Order;
import io.storesphere.checkout.order.OrderQueries;
import io.storesphere.checkout.order.OrderStatus;
import io.storesphere.checkout.order.Page;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;

import org.springframework.stereotype.Component;

/**
 * Reads orders from DynamoDB: one by id with a consistent read, and listings newest first
 * from the {@code orders-by-user} and {@code orders-by-status} indexes, with opaque
 * cursors ({@link Cursors}).
 */
@Component
class DynamoOrderQueries implements OrderQueries {

	private final DynamoDbTable<OrderItem> orders;

	DynamoOrderQueries(DynamoDbEnhancedClient dynamoDb, CheckoutProperties properties) {
		this.orders = dynamoDb.table(properties.tables().orders(), DynamoSupport.ORDER);
	}

	@Override
	public Optional<Order> find(String orderId) {
		return Optional.ofNullable(DynamoSupport.read(this.orders, orderId)).map(OrderItemMapper::toOrder);
	}

	@Override
	public Page<Order> ofCustomer(String userId, int limit, String cursor) {
		return newestFirst(OrderItem.BY_USER, "userId", List.of(userId), limit, cursor);
	}

	@Override
	public Page<Order> all(OrderStatus status, int limit, String cursor) {
		List<String> statuses = (status != null) ? List.of(status.name())
				: Arrays.stream(OrderStatus.values()).map(Enum::name).toList();
		return newestFirst(OrderItem.BY_STATUS, "status", statuses, limit, cursor);
	}

	/**
	 * Newest first across one or more index partitions ("streams"): reads a page from
	 * each, merges them by time keeping each stream's order, and remembers per stream the
	 * last order handed out.
	 */
	private Page<Order> newestFirst(String index, String partitionAttribute, List<String> streams, int limit,
			String cursor) {
		Map<String, Map<String, String>> positions = Cursors.decode(cursor, Set.copyOf(streams), partitionAttribute,
				Set.of("orderId", partitionAttribute, "placedAt"));
		Map<String, List<OrderItem>> fetched = new LinkedHashMap<>();
		Map<String, Boolean> more = new LinkedHashMap<>();
		for (String stream : streams) {
			Map<String, String> position = positions.get(stream);
			if (Cursors.DONE.equals(position)) {
				continue;
			}
			QueryEnhancedRequest.Builder query = QueryEnhancedRequest.builder()
				.queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(stream).build()))
				.scanIndexForward(false)
				.limit(limit);
			if (position != null) {
				query.exclusiveStartKey(Cursors.toKey(position));
			}
			software.amazon.awssdk.enhanced.dynamodb.model.Page<OrderItem> page = this.orders.index(index)
				.query(query.build())
				.stream()
				.findFirst()
				.orElse(null);
			fetched.put(stream, (page != null) ? new ArrayList<>(page.items()) : new ArrayList<>());
			more.put(stream, page != null && page.lastEvaluatedKey() != null && !page.lastEvaluatedKey().isEmpty());
		}
		List<OrderItem> taken = new ArrayList<>();
		Map<String, Integer> takenPerStream = new LinkedHashMap<>();
		while (taken.size() < limit) {
			String newest = null;
			for (Map.Entry<String, List<OrderItem>> entry : fetched.entrySet()) {
				int next = takenPerStream.getOrDefault(entry.getKey(), 0);
				if (next < entry.getValue().size() && (newest == null || entry.getValue()
					.get(next)
					.placedAt()
					.compareTo(fetched.get(newest).get(takenPerStream.getOrDefault(newest, 0)).placedAt()) > 0)) {
					newest = entry.getKey();
				}
			}
			if (newest == null) {
				break;
			}
			int next = takenPerStream.getOrDefault(newest, 0);
			taken.add(fetched.get(newest).get(next));
			takenPerStream.put(newest, next + 1);
		}
		Map<String, Map<String, String>> nextPositions = new LinkedHashMap<>();
		for (String stream : streams) {
			Map<String, String> position = positions.get(stream);
			if (Cursors.DONE.equals(position)) {
				nextPositions.put(stream, Cursors.DONE);
				continue;
			}
			List<OrderItem> items = fetched.get(stream);
			int count = takenPerStream.getOrDefault(stream, 0);
			if (count == items.size() && !more.get(stream)) {
				nextPositions.put(stream, Cursors.DONE);
			}
			else if (count > 0) {
				OrderItem last = items.get(count - 1);
				nextPositions.put(stream,
						Map.of("orderId", last.orderId(), partitionAttribute, stream, "placedAt", last.placedAt()));
			}
			else if (position != null) {
				nextPositions.put(stream, position);
			}
		}
		boolean finished = streams.stream().allMatch((stream) -> Cursors.DONE.equals(nextPositions.get(stream)));
		return new Page<>(taken.stream().map(OrderItemMapper::toOrder).toList(),
				finished ? null : Cursors.encode(nextPositions));
	}

}
