package io.storesphere.gateway;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.storesphere.testsupport.http.StubService;
import io.storesphere.testsupport.net.SwitchableTcpProxy;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One stub per downstream service, so a test sees which service a request reached and
 * how. Each is reached through a proxy that a test can cut, as if the service were down.
 */
final class StubbedSuite {

	static final String[] SERVICES = { "identity", "catalog", "cart", "checkout", "notification", "analytics" };

	private final Map<String, StubService> stubs = new LinkedHashMap<>();

	private final Map<String, SwitchableTcpProxy> lines = new LinkedHashMap<>();

	StubbedSuite() {
		for (String service : SERVICES) {
			StubService stub = StubService.start(service);
			this.stubs.put(service, stub);
			this.lines.put(service, SwitchableTcpProxy.to("127.0.0.1", URI.create(stub.url()).getPort()));
		}
	}

	StubService get(String service) {
		return this.stubs.get(service);
	}

	/** Takes the service away until {@link #restore}. */
	void cut(String service) {
		this.lines.get(service).cut();
	}

	void restore(String service) {
		this.lines.get(service).restore();
	}

	void register(DynamicPropertyRegistry registry) {
		this.lines.forEach((service, line) -> registry.add("storesphere.gateway.services." + service, line::url));
	}

	void clear() {
		this.stubs.values().forEach(StubService::clear);
		this.lines.values().forEach(SwitchableTcpProxy::restore);
	}

	void close() {
		this.lines.values().forEach(SwitchableTcpProxy::close);
		this.stubs.values().forEach(StubService::close);
	}

}
