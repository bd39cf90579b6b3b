package io.storesphere.gateway.routing.config;

import java.net.URI;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.Buildable;
import org.springframework.cloud.gateway.route.builder.GatewayFilterSpec;
import org.springframework.cloud.gateway.route.builder.PredicateSpec;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.route.builder.UriSpec;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Every route of the public API, and the original monolith's endpoints mapped onto them.
 * Each route has the configured timeouts and a circuit breaker per service whose fallback
 * is a 503 problem naming the service. Nothing is retried: a repeated POST could charge
 * twice. Each service's OpenAPI document is routed too, for the gateway's Swagger UI.
 */
@Configuration(proxyBeanMethods = false)
class Routes {

	/**
	 * The services whose OpenAPI documents the gateway serves at /v3/api-docs/{service}.
	 */
	static final List<String> DOCUMENTED_SERVICES = List.of("identity", "catalog", "cart", "checkout", "notification",
			"analytics");

	@Bean
	RouteLocator storeSphereRoutes(RouteLocatorBuilder builder, ServiceProperties services) {
		Routing route = new Routing(services);
		RouteLocatorBuilder.Builder routes = builder.routes();
		// Each service's document, for the Swagger UI's list (springdoc.swagger-ui.urls).
		for (String service : DOCUMENTED_SERVICES) {
			routes.route("docs-" + service, route.document(service));
		}
		return routes
			// The original app's API, kept working for existing clients.
			.route("compat-signup", route.compat(HttpMethod.POST, "/api/signup", "/api/auth/signup", "identity"))
			.route("compat-login", route.compat(HttpMethod.POST, "/api/login", "/api/auth/login", "identity"))
			.route("compat-cart", route.compat(HttpMethod.POST, "/api/cart", "/api/cart/items", "cart"))
			// The original app's clients never sent an Idempotency-Key, which checkout
			// requires: each of their requests gets a fresh one. A client that sends its
			// own
			// keeps it, and with it the protection against paying twice.
			.route("compat-record-payment",
					route.compat(HttpMethod.POST, "/api/record_payment", "/api/checkout", "checkout",
							IdempotencyKeys::addIfMissing))
			.route("compat-get-users", route.compat(HttpMethod.GET, "/api/get_users", "/api/admin/users", "analytics"))
			// GET /api/products, the fifth original endpoint, is served as is by the
			// catalog route.
			.route("identity", route.to("identity", "/api/auth/**"))
			.route("catalog", route.to("catalog", "/api/products/**", "/api/admin/products/**"))
			.route("cart", route.to("cart", "/api/cart/**"))
			.route("checkout", route.to("checkout", "/api/checkout", "/api/orders/**", "/api/admin/orders/**"))
			.route("analytics", route.to("analytics", "/api/admin/users/**", "/api/admin/analytics/**"))
			.route("notification", route.to("notification", "/api/admin/alerts/**", "/api/admin/notifications/**"))
			.build();
	}

	/** Builds routes with the shared resilience settings. */
	private record Routing(ServiceProperties services) {

		Function<PredicateSpec, Buildable<Route>> to(String service, String... paths) {
			return (spec) -> resilient(spec.path(paths).filters((filters) -> breaker(filters, service)), service);
		}

		/** {@code GET /v3/api-docs/{service}} is that service's {@code /v3/api-docs}. */
		Function<PredicateSpec, Buildable<Route>> document(String service) {
			return compat(HttpMethod.GET, "/v3/api-docs/" + service, "/v3/api-docs", service);
		}

		Function<PredicateSpec, Buildable<Route>> compat(HttpMethod method, String path, String target,
				String service) {
			return compat(method, path, target, service, (filters) -> filters);
		}

		Function<PredicateSpec, Buildable<Route>> compat(HttpMethod method, String path, String target, String service,
				UnaryOperator<GatewayFilterSpec> extra) {
			return (spec) -> resilient(spec.order(-1)
				.method(method)
				.and()
				.path(path)
				.filters((filters) -> breaker(extra.apply(filters.setPath(target)), service)), service);
		}

		private Buildable<Route> resilient(UriSpec spec, String service) {
			return spec.metadata(RouteMetadataUtils.CONNECT_TIMEOUT_ATTR, this.services.connectTimeout().toMillis())
				.metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, this.services.responseTimeout().toMillis())
				.uri(uri(service));
		}

		private static UriSpec breaker(GatewayFilterSpec filters, String service) {
			return filters.circuitBreaker((config) -> config.setName(service)
				.setFallbackUri("forward:/fallback/" + service)
				.setRouteId(service));
		}

		private URI uri(String service) {
			return switch (service) {
				case "identity" -> this.services.identity();
				case "catalog" -> this.services.catalog();
				case "cart" -> this.services.cart();
				case "checkout" -> this.services.checkout();
				case "notification" -> this.services.notification();
				case "analytics" -> this.services.analytics();
				default -> throw new IllegalArgumentException("Unknown service " + service);
			};
		}

	}

}
