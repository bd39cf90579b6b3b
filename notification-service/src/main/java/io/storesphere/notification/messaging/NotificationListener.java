package io.storesphere.notification.messaging;

import io.awspring.cloud.sqs.annotation.SqsListener;
import io.storesphere.events.EventEnvelope;
import io.storesphere.events.OrderCancelled;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.StockLow;
import io.storesphere.notification.alert.AlertPublisher;
import io.storesphere.notification.delivery.Deliveries;
import io.storesphere.notification.delivery.Deliveries.Kind;
import io.storesphere.notification.delivery.DeliveryFailure;
import io.storesphere.notification.delivery.Notification;
import io.storesphere.notification.mail.CustomerMails;
import io.storesphere.notification.mail.Mail;
import io.storesphere.notification.mail.MailSender;
import io.storesphere.starter.messaging.EventHandler;
import io.storesphere.starter.messaging.SqsListenerEdge;

import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Turns order-placed into a receipt, order-cancelled into a cancellation e-mail and
 * stock-low into an admin alert: a receipt and a cancellation once per order, an alert
 * once per threshold crossing, however many events announce it ({@link Deliveries} claims
 * each one). The starter's edge decodes each message and sends one that cannot be read
 * straight to the dead-letter queue; after a transient failure (SES or SNS, or another
 * consumer still sending) the message comes back after the starter's back-off.
 */
@Component
public class NotificationListener implements EventHandler {

	private final SqsListenerEdge edge;

	private final Deliveries deliveries;

	private final CustomerMails mails;

	private final MailSender mailSender;

	private final AlertPublisher alerts;

	NotificationListener(SqsListenerEdge edge, Deliveries deliveries, CustomerMails mails, MailSender mailSender,
			AlertPublisher alerts) {
		this.edge = edge;
		this.deliveries = deliveries;
		this.mails = mails;
		this.mailSender = mailSender;
		this.alerts = alerts;
	}

	@SqsListener("${storesphere.notification.order-events-queue}")
	void onOrderEvent(Message<String> message) {
		this.edge.receive(message, this);
	}

	@SqsListener("${storesphere.notification.catalog-events-queue}")
	void onCatalogEvent(Message<String> message) {
		this.edge.receive(message, this);
	}

	/**
	 * Sends what one event calls for, unless it was sent before for the same order or
	 * crossing.
	 */
	@Override
	public void handle(EventEnvelope<?> event) {
		String eventId = event.eventId().toString();
		if (event.payload() instanceof OrderPlaced order) {
			Mail mail = this.mails.receipt(order);
			this.deliveries.once(Notification.email(eventId, event.eventType(), Kind.RECEIPT, order.orderId(),
					mail.to(), mail.subject()), () -> this.mailSender.send(mail));
		}
		else if (event.payload() instanceof OrderCancelled cancelled) {
			Mail mail = this.mails.cancellation(cancelled);
			this.deliveries.once(Notification.email(eventId, event.eventType(), Kind.CANCELLATION, cancelled.orderId(),
					mail.to(), mail.subject()), () -> this.mailSender.send(mail));
		}
		else if (event.payload() instanceof StockLow low) {
			String subject = "StoreSphere low stock: " + low.productName();
			this.deliveries.once(Notification.alert(eventId, event.eventType(), low, "admin-alerts", subject),
					() -> this.alerts.publish(subject, low.alertText()));
		}
	}

	@Override
	public boolean isRetryable(RuntimeException failure) {
		return failure instanceof DeliveryFailure || failure instanceof Deliveries.InProgress;
	}

}
