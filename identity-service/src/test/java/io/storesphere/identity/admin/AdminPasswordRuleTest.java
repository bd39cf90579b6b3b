package io.storesphere.identity.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdminPasswordRuleTest {

	@Test
	void strongPasswordsPass() {
		assertThat(AdminPasswordRule.weakness("Test-Sh0pkeeper-Key", "admin@example.com")).isNull();
		assertThat(AdminPasswordRule.weakness("correct-horse-42-battery", "admin@example.com")).isNull();
	}

	@Test
	void weakPasswordsAreRefusedWithAReason() {
		assertThat(AdminPasswordRule.weakness("Sh0rt-pw", "admin@example.com")).contains("at least 12");
		assertThat(AdminPasswordRule.weakness("my-Admin-password-1", "admin@example.com")).contains("e-mail");
		assertThat(AdminPasswordRule.weakness("alllowercaseletters", "admin@example.com")).contains("three");
	}

	@Test
	void startupStopsWithoutAnAdminEmail() {
		AdminBootstrap bootstrap = new AdminBootstrap(new AdminProperties(null, null, "Test-Sh0pkeeper-Key", null),
				null);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> bootstrap.run(null))
			.hasMessageContaining("storesphere.identity.admin.email");
	}

	@Test
	void startupStopsWithAWeakPassword() {
		AdminBootstrap bootstrap = new AdminBootstrap(new AdminProperties("boss@example.com", null, "password", null),
				null);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> bootstrap.run(null)).hasMessageContaining("too weak");
	}

	@Test
	void startupStopsWithoutAPasswordOutsideTheLocalRun() {
		AdminBootstrap bootstrap = new AdminBootstrap(new AdminProperties("boss@example.com", null, null, null), null);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> bootstrap.run(null))
			.hasMessageContaining("storesphere.identity.admin.password");
	}

}
