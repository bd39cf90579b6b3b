package io.storesphere.notification.messaging;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.awspring.cloud.sqs.listener.Visibility;
import io.storesphere.events.EventCodec;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderCancelled;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.StockLow;
import io.storesphere.notification.NotificationProperties;
import io.storesphere.notification.alert.AlertPublisher;
import io.storesphere.notification.delivery.Deliveries;
import io.storesphere.notification.delivery.Deliveries.Kind;
import io.storesphere.notification.delivery.DeliveryFailure;
import io.storesphere.notification.mail.CustomerMails;
import io.storesphere.notification.mail.Mail;
import io.storesphere.notification.mail.MailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Turns order-placed into a receipt, order-cancelled into a cancellation e-mail and
 * stock-low into an admin alert, each once per event. A transient failure leaves the
 * message on the queue, to be received again after {@code retry-delay}; a message that
 * cannot be read is left too, and reaches the dead-letter queue after five receives.
 */
@Component
public class NotificationListener {

	private static final Logger log = LoggerFactory.getLogger(NotificationListener.class);

	private final EventCodec codec;

	private final Deliveries deliveries;

	private final CustomerMails mails;

	private final MailSender mailSender;

	private final AlertPublisher alerts;

	private final int retryDelaySeconds;

	NotificationListener(EventCodec codec, Deliveries deliveries, CustomerMails mails, MailSender mailSender,
			AlertPublisher alerts, NotificationProperties properties) {
		this.codec = codec;
		this.deliveries = deliveries;
		this.mails = mails;
		this.mailSender = mailSender;
		this.alerts = alerts;
		this.retryDelaySeconds = (int) Math.max(1, properties.retryDelay().toSeconds());
	}

	@SqsListener("${storesphere.notification.order-events-queue}")
	void onOrderEvent(String body, Visibility visibility) {
		handleOrRetryLater(body, visibility);
	}

	@SqsListener("${storesphere.notification.catalog-events-queue}")
	void onCatalogEvent(String body, Visibility visibility) {
		handleOrRetryLater(body, visibility);
	}

	/** Sends what one message calls for, unless it was sent before. */
	public void handle(String body) {
		EventEnvelope<?> event = this.codec.decode(body);
		String eventId = event.eventId().toString();
		if (event.payload() instanceof OrderPlaced order) {
			Mail mail = this.mails.receipt(order);
			this.deliveries.once(eventId, event.eventType(), Kind.RECEIPT, mail.to(), mail.subject(),
					() -> this.mailSender.send(mail));
		}
		else if (event.payload() instanceof OrderCancelled cancelled) {
			Mail mail = this.mails.cancellation(cancelled);
			this.deliveries.once(eventId, event.eventType(), Kind.CANCELLATION, mail.to(), mail.subject(),
					() -> this.mailSender.send(mail));
		}
		else if (event.payload() instanceof StockLow low) {
			String subject = "StoreSphere low stock: " + low.productName();
			this.deliveries.once(eventId, event.eventType(), Kind.LOW_STOCK_ALERT, "admin-alerts", subject,
					() -> this.alerts.publish(subject, low.alertText()));
		}
	}

	private void handleOrRetryLater(String body, Visibility visibility) {
		try {
			handle(body);
		}
		catch (DeliveryFailure | Deliveries.InProgress retryable) {
			log.warn("Will retry in {} s: {}", this.retryDelaySeconds, retryable.getMessage());
			visibility.changeTo(this.retryDelaySeconds);
			throw retryable;
		}
	}

}
