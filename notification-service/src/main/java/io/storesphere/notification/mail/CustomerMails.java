package io.storesphere.notification.mail;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import io.storesphere.events.OrderCancelled;
import io.storesphere.events.OrderPlaced;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.stereotype.Component;

/**
 * Renders the customer e-mails from Thymeleaf templates in {@code templates/mail/}: HTML
 * with the CSS written inline (mail clients drop style sheets) and a plain-text twin.
 * Every value that came from a user is escaped by the templates ({@code th:text}).
 */
@Component
public class CustomerMails {

	private static final DateTimeFormatter DATE = DateTimeFormatter
		.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final TemplateEngine templates;

	CustomerMails() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setCharacterEncoding("UTF-8");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.getTextTemplateModePatternSpec().addPattern("*.txt");
		resolver.setCacheable(true);
		this.templates = new SpringTemplateEngine();
		this.templates.setTemplateResolver(resolver);
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
		Context context = new Context(Locale.ENGLISH, variables);
		return new Mail(to, subject, this.templates.process(template + ".html", context),
				this.templates.process(template + ".txt", context));
	}

}
