package io.storesphere.identity.admin.config;

import java.nio.file.Path;
import java.security.SecureRandom;

import io.storesphere.identity.LocalSecrets;
import io.storesphere.identity.account.AdminAccounts;
import io.storesphere.identity.admin.AdminPasswordRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Makes sure the configured administrator exists with the configured password, before the
 * service reports ready. Startup fails when the configuration is missing or the password
 * is weak: an unusable admin account should stop a deployment, not surface later.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final AdminProperties properties;

	private final AdminAccounts admins;

	AdminBootstrap(AdminProperties properties, AdminAccounts admins) {
		this.properties = properties;
		this.admins = admins;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!StringUtils.hasText(this.properties.email())) {
			throw new IllegalStateException("storesphere.identity.admin.email is not set; the administrator account"
					+ " comes from configuration (a secret on AWS).");
		}
		String password = password();
		String weakness = AdminPasswordRule.weakness(password, this.properties.email());
		if (weakness != null) {
			throw new IllegalStateException("The configured admin password is too weak: " + weakness);
		}
		String fullName = StringUtils.hasText(this.properties.fullName()) ? this.properties.fullName()
				: "Administrator";
		AdminAccounts.Outcome outcome = this.admins.ensure(this.properties.email(), fullName, password);
		log.info("Admin account {}: {}", this.properties.email(), outcome.name().toLowerCase());
		if (StringUtils.hasText(this.properties.passwordFile())) {
			log.info("Local admin login: {} / {} (password kept in {})", this.properties.email(), password,
					this.properties.passwordFile());
		}
	}

	private String password() {
		if (StringUtils.hasText(this.properties.password())) {
			return this.properties.password();
		}
		if (!StringUtils.hasText(this.properties.passwordFile())) {
			throw new IllegalStateException("storesphere.identity.admin.password is not set; the administrator"
					+ " password comes from configuration (a secret on AWS).");
		}
		return LocalSecrets
			.readOrCreate(Path.of(this.properties.passwordFile()), "the admin password", () -> generate() + "\n")
			.trim();
	}

	private static String generate() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder("Ss-");
		for (int i = 0; i < 18; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.append("-7").toString();
	}

}
