package io.storesphere.notification.mail;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import io.storesphere.events.OrderCancelled;
import io.storesphere.events.OrderPlaced;

/**
 * The customer e-mails an order's events call for: to whom, with which subject, and what
 * their templates show.
 */
public class CustomerMails {

	private static final DateTimeFormatter DATE = DateTimeFormatter
		.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final MailTemplates templates;

	public CustomerMails(MailTemplates templates) {
		this.templates = templates;
	}

	public Mail receipt(OrderPlaced order) {
		return render(order.customerEmail(), "Your StoreSphere order " + order.orderNumber(), "receipt",
				Map.of("order", order, "placedAt", DATE.format(order.placedAt())));
	}

	public Mail cancellation(OrderCancelled cancellation) {
		return render(cancellation.customerEmail(),
				"Your StoreSphere order " + cancellation.orderNumber() + " was cancelled and refunded", "cancellation",
				Map.of("order", cancellation, "cancelledAt", DATE.format(cancellation.cancelledAt())));
	}

	private Mail render(String to, String subject, String template, Map<String, Object> variables) {
		MailTemplates.Bodies bodies = this.templates.render(template, variables);
		return new Mail(to, subject, bodies.html(), bodies.text());
	}

}
