package io.storesphere.gateway.session;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which requests must prove their origin, and which origins are ours. */
class OriginPolicyTest {

	private static final String OWN = "https://shop.example";

	private final OriginPolicy policy = new OriginPolicy(List.of("https://ui.example"));

	@Test
	void unsafeRequestsTheCookieAuthenticatesAndEverySessionCallAreChecked() {
		assertThat(this.policy.needsCheck("POST", true, "/api/cart")).isTrue();
		assertThat(this.policy.needsCheck("DELETE", true, "/api/cart/items/p-1")).isTrue();
		assertThat(this.policy.needsCheck("POST", false, "/api/session/login")).isTrue();
	}

	@Test
	void safeMethodsAndBearerClientsAreNotChecked() {
		assertThat(this.policy.needsCheck("GET", true, "/api/cart")).isFalse();
		assertThat(this.policy.needsCheck("OPTIONS", false, "/api/session/login")).isFalse();
		assertThat(this.policy.needsCheck("POST", false, "/api/cart")).isFalse();
	}

	@Test
	void ourOwnOriginInAnyCaseAndAnAllowedOneExactlyPass() {
		assertThat(this.policy.allows("HTTPS://Shop.Example", null, OWN)).isTrue();
		assertThat(this.policy.allows("https://ui.example", null, OWN)).isTrue();
		assertThat(this.policy.allows("https://UI.example", null, OWN)).isFalse();
		assertThat(this.policy.allows("https://evil.example", null, OWN)).isFalse();
	}

	@Test
	void withoutAnOriginTheReferersOriginCountsAndWithNeitherTheRequestIsRefused() {
		assertThat(this.policy.allows(null, "https://shop.example/payment.html?id=1", OWN)).isTrue();
		assertThat(this.policy.allows(null, "https://evil.example/shop.example", OWN)).isFalse();
		assertThat(this.policy.allows(null, null, OWN)).isFalse();
	}

}
