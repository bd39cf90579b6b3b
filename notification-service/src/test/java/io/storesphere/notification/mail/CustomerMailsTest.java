package io.storesphere.notification.mail;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.storesphere.events.OrderCancelled;
import io.storesphere.events.OrderLine;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.PaymentSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which e-mail an order's event calls for, to whom, without rendering a template. */
class CustomerMailsTest {

	private static final List<OrderLine> LINES = List
		.of(new OrderLine("prod-kettle", "Copper Kettle", new BigDecimal("49.90"), 2, new BigDecimal("99.80")));

	private final List<String> rendered = new ArrayList<>();

	private final CustomerMails mails = new CustomerMails((template, variables) -> {
		this.rendered.add(template);
		return new MailTemplates.Bodies("<p>" + variables.keySet().stream().sorted().toList() + "</p>",
				variables.get(template.equals("receipt") ? "placedAt" : "cancelledAt").toString());
	});

	@Test
	void anOrderGetsItsReceiptAtTheCustomersAddressWithAReadableUtcDate() {
		OrderPlaced order = new OrderPlaced("ord-1", "SS-1042", "u-1", "Ada", "ada@example.com", LINES, 2,
				new BigDecimal("99.80"), new BigDecimal("0.08"), new BigDecimal("7.98"), new BigDecimal("107.78"),
				"USD", new PaymentSummary("pay-1", "VISA", "4242"), Instant.parse("2026-11-21T23:30:00Z"));

		Mail mail = this.mails.receipt(order);

		assertThat(mail.to()).isEqualTo("ada@example.com");
		assertThat(mail.subject()).isEqualTo("Your StoreSphere order SS-1042");
		assertThat(mail.html()).isEqualTo("<p>[order, placedAt]</p>");
		assertThat(mail.text()).isEqualTo("21 November 2026, 23:30 UTC");
		assertThat(this.rendered).containsExactly("receipt");
	}

	@Test
	void aCancellationTellsTheCustomerItWasRefunded() {
		OrderCancelled cancelled = new OrderCancelled("ord-1", "SS-1042", "u-1", "Ada", "ada@example.com",
				"Copper Kettle is out of stock", new BigDecimal("107.78"), "USD", LINES,
				Instant.parse("2026-11-22T08:05:00Z"));

		Mail mail = this.mails.cancellation(cancelled);

		assertThat(mail.to()).isEqualTo("ada@example.com");
		assertThat(mail.subject()).isEqualTo("Your StoreSphere order SS-1042 was cancelled and refunded");
		assertThat(mail.html()).isEqualTo("<p>[cancelledAt, order]</p>");
		assertThat(mail.text()).isEqualTo("22 November 2026, 08:05 UTC");
		assertThat(this.rendered).containsExactly("cancellation");
	}

}
