package io.storesphere.notification.mail;

import java.util.Map;

/** The e-mail templates, as notification sees them. */
public interface MailTemplates {

	/**
	 * Renders one template: every value that came from a user is escaped in the HTML and
	 * written as it is in the plain text.
	 * @param template the template's name, e.g. {@code receipt}
	 * @param variables what the template shows
	 * @return its HTML and plain-text twins
	 */
	Bodies render(String template, Map<String, Object> variables);

	/** An e-mail's HTML body and its plain-text alternative. */
	record Bodies(String html, String text) {

	}

}
