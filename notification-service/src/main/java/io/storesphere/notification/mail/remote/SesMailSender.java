package io.storesphere.notification.mail.remote;

import io.storesphere.notification.NotificationProperties;
import io.storesphere.notification.delivery.DeliveryFailure;
import io.storesphere.notification.mail.Mail;
import io.storesphere.notification.mail.MailSender;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.ses.SesClient;
import software.amazon.awssdk.services.ses.model.SesException;

import org.springframework.stereotype.Component;

/** Sends through Amazon SES with From and Reply-To from configuration. */
@Component
class SesMailSender implements MailSender {

	private final SesClient ses;

	private final NotificationProperties properties;

	SesMailSender(SesClient ses, NotificationProperties properties) {
		this.ses = ses;
		this.properties = properties;
	}

	@Override
	public String send(Mail mail) {
		try {
			return this.ses
				.sendEmail((request) -> request.source(this.properties.mailFrom())
					.replyToAddresses(this.properties.mailReplyTo())
					.destination((destination) -> destination.toAddresses(mail.to()))
					.message((message) -> message.subject((subject) -> subject.charset("UTF-8").data(mail.subject()))
						.body((body) -> body.html((html) -> html.charset("UTF-8").data(mail.html()))
							.text((text) -> text.charset("UTF-8").data(mail.text())))))
				.messageId();
		}
		catch (SesException ex) {
			throw DeliveryFailure.classify("SES refused the e-mail: " + ex.getMessage(), ex, ex.statusCode());
		}
		catch (SdkClientException ex) {
			throw DeliveryFailure.transientFailure("SES unreachable: " + ex.getMessage(), ex);
		}
	}

}
