package io.storesphere.identity.admin.config;

import org.junit.jupiter.api.Test;

class AdminBootstrapTest {

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
