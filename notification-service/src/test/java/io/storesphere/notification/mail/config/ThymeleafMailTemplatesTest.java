package io.storesphere.notification.mail.config;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.storesphere.events.OrderCancelled;
import io.storesphere.events.OrderLine;
import io.storesphere.events.OrderPlaced;
import io.storesphere.events.PaymentSummary;
import io.storesphere.notification.mail.MailTemplates.Bodies;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real templates: a user's text is escaped in the HTML and shown as typed in the
 * plain-text part, which no client reads as HTML.
 */
class ThymeleafMailTemplatesTest {

	private static final List<OrderLine> LINES = List.of(
			new OrderLine("prod-knife", "Chef's Knife", new BigDecimal("39.90"), 1, new BigDecimal("39.90")),
			new OrderLine("prod-mug", "Stoneware <Mug> & Saucer", new BigDecimal("12.50"), 2, new BigDecimal("25.00")));

	private final ThymeleafMailTemplates templates = new ThymeleafMailTemplates();

	@Test
	void theReceiptsTextShowsNamesAsTypedAndItsHtmlEscapesThem() {
		OrderPlaced order = new OrderPlaced("ord-1", "SS-1042", "u-1", "Dara O'Brien", "dara@example.com", LINES, 3,
				new BigDecimal("64.90"), new BigDecimal("0.08"), new BigDecimal("5.19"), new BigDecimal("70.09"), "USD",
				new PaymentSummary("pay-1", "VISA", "4242"), Instant.parse("2026-11-21T11:00:00Z"));

		Bodies bodies = this.templates.render("receipt", Map.of("order", order, "placedAt", "21 November 2026"));

		assertThat(bodies.text()).contains("Thank you for your order, Dara O'Brien.")
			.contains("- Chef's Knife: 1 x 39.90 = 39.90")
			.contains("- Stoneware <Mug> & Saucer: 2 x 12.50 = 25.00")
			.contains("Grand total: 70.09 USD")
			.doesNotContain("&#39;")
			.doesNotContain("&lt;")
			.doesNotContain("&amp;");
		assertThat(bodies.html()).contains("Chef&#39;s Knife")
			.contains("Stoneware &lt;Mug&gt; &amp; Saucer")
			.doesNotContain("<Mug>");
	}

	@Test
	void theCancellationsTextShowsTheReasonAndNamesAsTyped() {
		OrderCancelled cancelled = new OrderCancelled("ord-1", "SS-1042", "u-1", "Dara O'Brien", "dara@example.com",
				"Chef's Knife is out of stock", new BigDecimal("70.09"), "USD", LINES,
				Instant.parse("2026-11-22T08:05:00Z"));

		Bodies bodies = this.templates.render("cancellation",
				Map.of("order", cancelled, "cancelledAt", "22 November 2026"));

		assertThat(bodies.text()).contains("Hello Dara O'Brien,")
			.contains("(Chef's Knife is out of stock)")
			.contains("- Stoneware <Mug> & Saucer x 2")
			.doesNotContain("&#39;")
			.doesNotContain("&lt;");
		assertThat(bodies.html()).contains("Chef&#39;s Knife is out of stock").doesNotContain("<Mug>");
	}

}
