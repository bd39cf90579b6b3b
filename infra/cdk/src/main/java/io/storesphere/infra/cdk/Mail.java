package io.storesphere.infra.cdk;

import java.util.ArrayList;
import java.util.List;

import software.constructs.Construct;

import software.amazon.awscdk.services.ses.DkimRecord;
import software.amazon.awscdk.services.ses.EmailIdentity;
import software.amazon.awscdk.services.ses.Identity;

/**
 * The SES identities notification sends from: the mail domain (Easy DKIM), and while SES
 * is in its sandbox one identity per test recipient, since SES then delivers only to
 * verified addresses.
 *
 * <p>
 * Not a construct of its own: its identities stay where they have always been in the
 * stack, so that their logical ids, and the deployed identities, do not change.
 */
final class Mail {

	private final EmailIdentity domain;

	private final List<String> identityArns = new ArrayList<>();

	Mail(Construct scope, String domainName, List<String> sandboxRecipients) {
		this.domain = EmailIdentity.Builder.create(scope, "MailIdentity").identity(Identity.domain(domainName)).build();
		this.identityArns.add(this.domain.getEmailIdentityArn());
		for (String recipient : sandboxRecipients) {
			EmailIdentity verified = EmailIdentity.Builder
				.create(scope, "SandboxRecipient-" + recipient.replaceAll("[^A-Za-z0-9]", "-"))
				.identity(Identity.email(recipient))
				.build();
			this.identityArns.add(verified.getEmailIdentityArn());
		}
	}

	/** The domain's first, then the sandbox recipients'. */
	List<String> identityArns() {
		return List.copyOf(this.identityArns);
	}

	/** The CNAMEs the mail domain's DNS needs before SES verifies it. */
	List<DkimRecord> dkimRecords() {
		return this.domain.getDkimRecords();
	}

}
