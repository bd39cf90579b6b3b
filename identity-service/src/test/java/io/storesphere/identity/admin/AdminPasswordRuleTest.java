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

}
