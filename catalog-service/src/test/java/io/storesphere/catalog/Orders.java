package io.storesphere.catalog;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.storesphere.catalog.product.Product;
import io.storesphere.catalog.product.ProductCatalog;
import io.storesphere.catalog.product.ProductCatalog.NewProduct;
import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.IntegrationEvent;
import io.storesphere.events.OrderLine;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.PaymentSummary;
import io.storesphere.topology.bootstrap.AwsClients;
import software.amazon.awssdk.services.sqs.model.Message;

/** Orders as checkout publishes them, and the events catalog answers with. */
final class Orders {

	private static final EventCodec CODEC = new EventCodec();

	private Orders() {
	}

	static Product product(ProductCatalog catalog, String name, int stock, int threshold) {
		return catalog.create(new NewProduct(name + " " + UUID.randomUUID().toString().substring(0, 6), "",
				new BigDecimal("10.00"), stock, threshold), null);
	}

	/** An order for {@code quantity} units of each product. */
	static EventEnvelope<OrderPlaced> order(int quantity, Product... products) {
		List<OrderLine> lines = Arrays.stream(products)
			.map((product) -> new OrderLine(product.id(), product.name(), product.price(), quantity,
					product.price().multiply(BigDecimal.valueOf(quantity))))
			.toList();
		BigDecimal subtotal = lines.stream().map(OrderLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
		String orderId = UUID.randomUUID().toString();
		return EventEnvelope.wrap(
				new OrderPlaced(orderId, "SS-" + orderId.substring(0, 8), "user-1", "Ada Lovelace", "ada@example.com",
						lines, quantity * products.length, subtotal, new BigDecimal("0.08"), new BigDecimal("0.00"),
						subtotal, "USD", new PaymentSummary("pay-1", "VISA", "4242"), Instant.now()),
				"checkout-service", orderId, Instant.now());
	}

	/**
	 * Reads what reached a queue within {@code window}, stopping early once
	 * {@code expected} events arrived; each message is deleted once read.
	 */
	static List<EventEnvelope<? extends IntegrationEvent>> received(AwsClients clients, String queue, int expected,
			Duration window) {
		String queueUrl = clients.sqs().getQueueUrl((request) -> request.queueName(queue)).queueUrl();
		List<EventEnvelope<? extends IntegrationEvent>> events = new ArrayList<>();
		Instant deadline = Instant.now().plus(window);
		while (events.size() < expected && Instant.now().isBefore(deadline)) {
			List<Message> messages = clients.sqs()
				.receiveMessage((request) -> request.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1))
				.messages();
			for (Message message : messages) {
				events.add(CODEC.decode(message.body()));
				clients.sqs()
					.deleteMessage((request) -> request.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
			}
		}
		return events;
	}

}
