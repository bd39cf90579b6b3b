package io.storesphere.gateway.session.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import io.storesphere.gateway.session.config.SessionProperties;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpCookie;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class OriginCheckTest {

	private final OriginCheck check = new OriginCheck(
			new SessionProperties("storesphere_session", true, List.of("https://ui.example")));

	private final HttpCookie session = new HttpCookie("storesphere_session", "token");

	@Test
	void behindTheLoadBalancerTheBrowsersHttpsOriginIsOurOwn() {
		MockServerHttpRequest request = MockServerHttpRequest.post("http://10.0.1.5:8080/api/cart")
			.header("Host", "shop.example")
			.header("X-Forwarded-Proto", "https")
			.header("Origin", "https://shop.example")
			.cookie(this.session)
			.build();
		assertThat(passes(request)).isTrue();
	}

	@Test
	void aConfiguredOriginPassesAndAnyOtherIsRefused() {
		assertThat(passes(post("https://ui.example"))).isTrue();
		MockServerWebExchange forged = MockServerWebExchange.from(post("https://evil.example"));
		assertThat(passes(forged)).isFalse();
		assertThat(forged.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void bearerClientsAndSafeMethodsAreNotChecked() {
		MockServerHttpRequest bearer = MockServerHttpRequest.post("http://shop.example/api/cart")
			.header("Authorization", "Bearer token")
			.header("Origin", "https://evil.example")
			.cookie(this.session)
			.build();
		MockServerHttpRequest read = MockServerHttpRequest.get("http://shop.example/api/cart")
			.header("Origin", "https://evil.example")
			.cookie(this.session)
			.build();
		assertThat(passes(bearer)).isTrue();
		assertThat(passes(read)).isTrue();
	}

	private MockServerHttpRequest post(String origin) {
		return MockServerHttpRequest.post("http://shop.example/api/cart")
			.header("Origin", origin)
			.cookie(this.session)
			.build();
	}

	private boolean passes(MockServerHttpRequest request) {
		return passes(MockServerWebExchange.from(request));
	}

	private boolean passes(MockServerWebExchange exchange) {
		AtomicBoolean reachedChain = new AtomicBoolean();
		this.check.filter(exchange, (passed) -> {
			reachedChain.set(true);
			return Mono.empty();
		}).block();
		return reachedChain.get();
	}

}
