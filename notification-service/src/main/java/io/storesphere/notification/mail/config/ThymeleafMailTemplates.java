package io.storesphere.notification.mail.config;

import java.util.Locale;
import java.util.Map;

import io.storesphere.notification.mail.MailTemplates;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Thymeleaf templates in {@code templates/mail/}: {@code <name>.html} with the CSS
 * written inline (mail clients drop style sheets) and a plain-text twin
 * {@code <name>.txt}. The HTML escapes every value ({@code th:text}); the text twin, in
 * TEXT mode, writes values as they are ({@code [(...)]}), because TEXT mode's escaped
 * form {@code [[...]]} HTML-escapes too and a text/plain part has no markup to protect.
 */
class ThymeleafMailTemplates implements MailTemplates {

	private final TemplateEngine templates;

	ThymeleafMailTemplates() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setCharacterEncoding("UTF-8");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.getTextTemplateModePatternSpec().addPattern("*.txt");
		resolver.setCacheable(true);
		this.templates = new SpringTemplateEngine();
		this.templates.setTemplateResolver(resolver);
	}

	@Override
	public Bodies render(String template, Map<String, Object> variables) {
		Context context = new Context(Locale.ENGLISH, variables);
		return new Bodies(this.templates.process(template + ".html", context),
				this.templates.process(template + ".txt", context));
	}

}
