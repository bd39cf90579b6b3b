package io.storesphere.cart;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.storesphere.topology.Topology;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import static io.storesphere.cart.CartClient.cart;
import static io.storesphere.cart.CartClient.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Abandoned carts expire through DynamoDB's TTL, counted from the last change. */
class CartExpiryIT extends CartIntegrationTest {

	@Autowired
	private DynamoDbClient dynamoDb;

	@Value("${storesphere.cart.carts-table}")
	private String table;

	@Test
	void everyChangeSetsTheExpiryThirtyDaysAheadOnTheTablesTtlAttribute() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 7);
		Customer customer = newCustomer();
		client().add(customer.token(), lamp, 1);
		assertThat(expiresAt(customer)).isCloseTo(thirtyDaysFromNow(), within(60L));
		assertThat(this.dynamoDb.describeTimeToLive((request) -> request.tableName(this.table))
			.timeToLiveDescription()
			.attributeName()).isEqualTo(Topology.TTL_ATTRIBUTE);

		// An old cart: a change moves its expiry thirty days from now again.
		setExpiresAt(customer, Instant.now().plus(Duration.ofDays(2)));
		client().add(customer.token(), lamp, 1);

		assertThat(expiresAt(customer)).isCloseTo(thirtyDaysFromNow(), within(60L));
	}

	@Test
	void aCartPastItsExpiryIsEmptyEvenBeforeDynamoDbDeletesIt() {
		String lamp = CATALOG.product("Desk Lamp", "12.50", 7);
		String mug = CATALOG.product("Mug", "4.00", 7);
		Customer customer = newCustomer();
		client().add(customer.token(), lamp, 2);
		setExpiresAt(customer, Instant.now().minusSeconds(5));

		assertThat(cart(client().get(customer.token())).get("items")).isEmpty();
		JsonNode fresh = cart(client().add(customer.token(), mug, 1));

		assertThat(fresh.get("items")).hasSize(1);
		assertThat(line(fresh, lamp)).isNull();
		assertThat(line(fresh, mug).get("quantity").asInt()).isEqualTo(1);
	}

	private static long thirtyDaysFromNow() {
		return Instant.now().plus(Duration.ofDays(30)).getEpochSecond();
	}

	/** The TTL attribute of the customer's cart as stored, in epoch seconds. */
	private long expiresAt(Customer customer) {
		return Long.parseLong(this.dynamoDb
			.getItem((request) -> request.tableName(this.table).key(key(customer)).consistentRead(true))
			.item()
			.get(Topology.TTL_ATTRIBUTE)
			.n());
	}

	private void setExpiresAt(Customer customer, Instant at) {
		this.dynamoDb.updateItem((request) -> request.tableName(this.table)
			.key(key(customer))
			.updateExpression("SET expiresAt = :at")
			.expressionAttributeValues(Map.of(":at", AttributeValue.fromN(Long.toString(at.getEpochSecond())))));
	}

	private static Map<String, AttributeValue> key(Customer customer) {
		return Map.of("userId", AttributeValue.fromS(customer.id()));
	}

}
