package io.storesphere.starter.openapi;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.storesphere.starter.security.PublicPaths;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * What every service's OpenAPI document says the same way, written once: one relative
 * server (the gateway, never an internal address); the {@code Problem} schema of
 * {@link io.storesphere.starter.problem.Problems}; success bodies as
 * {@code application/json} instead of {@code *}{@code /*}; the bearer token on every
 * operation the service does not list as {@link PublicPaths}; and on each operation the
 * generic problems it can really answer, from its shape: 400 when it takes a body or
 * parameters, 401 when it needs a token, 403 under {@code /api/admin/**}, 404 with a path
 * variable, 406 with a body or on a change, 415 with a body, and 414 and 503 always (the
 * gateway's URL limit; the service's own 503, or the gateway's when the service does not
 * answer). A 204 or 304 has no body. Every error response is
 * {@code application/problem+json} with that schema; a controller declares its own
 * refusals (409, 422...) with {@code @ApiResponse(responseCode, description)} and gets
 * the schema from here.
 */
public class ApiDocumentRules implements GlobalOpenApiCustomizer {

	/** The schema every error response refers to. */
	public static final String PROBLEM = "Problem";

	/** The media type of every error response. */
	public static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	static final String BEARER = "bearer";

	private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

	private static final String ANY = org.springframework.http.MediaType.ALL_VALUE;

	private static final PathPattern ADMIN = PathPatternParser.defaultInstance.parse("/api/admin/**");

	private final List<Open> open;

	public ApiDocumentRules(List<PublicPaths> publicPaths) {
		this.open = publicPaths.stream()
			.flatMap((paths) -> paths.patterns()
				.stream()
				.map((pattern) -> new Open(paths.method(), PathPatternParser.defaultInstance.parse(pattern))))
			.toList();
	}

	@Override
	public void customise(OpenAPI api) {
		api.setServers(List.of(new Server().url("/").description("the StoreSphere gateway")));
		if (api.getComponents() == null) {
			api.setComponents(new Components());
		}
		api.getComponents().addSchemas(PROBLEM, problemSchema());
		if (api.getComponents().getSecuritySchemes() == null
				|| !api.getComponents().getSecuritySchemes().containsKey(BEARER)) {
			api.getComponents()
				.addSecuritySchemes(BEARER,
						new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"));
		}
		// Said per operation instead, where it is true.
		api.setSecurity(null);
		if (api.getPaths() != null) {
			api.getPaths()
				.forEach((path, item) -> item.readOperationsMap()
					.forEach((method, operation) -> document(path, HttpMethod.valueOf(method.name()), operation)));
		}
	}

	private void document(String path, HttpMethod method, Operation operation) {
		if (operation.getResponses() == null) {
			operation.setResponses(new ApiResponses());
		}
		ApiResponses responses = operation.getResponses();
		List<Parameter> parameters = (operation.getParameters() != null) ? operation.getParameters() : List.of();
		boolean body = operation.getRequestBody() != null;
		boolean open = isPublic(method, path);
		operation.setSecurity(open ? null : List.of(new SecurityRequirement().addList(BEARER)));
		if (body || !parameters.isEmpty()) {
			add(responses, "400", "The request is invalid: invalid-request, with each field at fault in errors,"
					+ " or unreadable-request");
		}
		if (!open) {
			add(responses, "401", "No valid bearer token: unauthorized, with WWW-Authenticate: Bearer");
		}
		if (ADMIN.matches(PathContainer.parsePath(path))) {
			add(responses, "403", "The token is not an admin's: forbidden");
		}
		if (path.contains("{") || parameters.stream().anyMatch((parameter) -> "path".equals(parameter.getIn()))) {
			add(responses, "404", "Nothing is found at this path");
		}
		if (body || method == HttpMethod.POST || method == HttpMethod.PUT || method == HttpMethod.PATCH
				|| method == HttpMethod.DELETE) {
			add(responses, "406", "The Accept header allows none of the answer's media types: not-acceptable"
					+ " (a change is refused before it is made)");
		}
		if (body) {
			add(responses, "415", "The body's Content-Type is not one this operation takes: unsupported-media-type");
		}
		add(responses, "414", "The URL is longer than the gateway takes (4096 characters): uri-too-long");
		add(responses, "503", "The service, or one it needs, is unavailable (or the gateway could not reach it):"
				+ " service-unavailable, naming it in service, with Retry-After");
		sortByStatus(responses);
		responses.forEach((code, response) -> {
			if (isError(code)) {
				response.setContent(new Content().addMediaType(PROBLEM_JSON,
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
			}
			else if (code.equals("204") || code.equals("304")) {
				response.setContent(null);
			}
			else if (response.getContent() != null) {
				response.setContent(json(response.getContent()));
			}
		});
	}

	private boolean isPublic(HttpMethod method, String path) {
		PathContainer container = PathContainer.parsePath(path);
		return this.open.stream()
			.anyMatch((open) -> (open.method() == null || open.method().equals(method))
					&& open.pattern().matches(container));
	}

	private static void add(ApiResponses responses, String code, String description) {
		if (!responses.containsKey(code)) {
			responses.addApiResponse(code, new ApiResponse().description(description));
		}
	}

	/** Successes first, as a reader looks for them; {@code default} last. */
	private static void sortByStatus(ApiResponses responses) {
		Map<String, ApiResponse> sorted = new TreeMap<>(
				Comparator.comparing((String code) -> code.equals("default")).thenComparing(Comparator.naturalOrder()));
		sorted.putAll(responses);
		responses.clear();
		responses.putAll(sorted);
	}

	private static boolean isError(String code) {
		return code.length() == 3 && (code.charAt(0) == '4' || code.charAt(0) == '5');
	}

	/**
	 * What springdoc calls {@code *}{@code /*} is JSON for every body but bytes (an
	 * image), whose media types the controller declares.
	 */
	private static Content json(Content content) {
		MediaType any = content.get(ANY);
		if (any == null || content.containsKey(JSON) || isBytes(any.getSchema())) {
			return content;
		}
		Content json = new Content();
		content.forEach((type, media) -> json.addMediaType(type.equals(ANY) ? JSON : type, media));
		return json;
	}

	private static boolean isBytes(Schema<?> schema) {
		return schema != null && ("binary".equals(schema.getFormat()) || "byte".equals(schema.getFormat()));
	}

	/**
	 * RFC 9457 as {@link io.storesphere.starter.problem.Problems} writes it: a stable
	 * type, a title, the status, a detail a person can act on, the path it is about, the
	 * fields at fault for invalid input, and what else helps a client (a product id, the
	 * current version, the service that is down...).
	 */
	static Schema<?> problemSchema() {
		Map<String, Schema> properties = new LinkedHashMap<>();
		properties.put("type",
				text("A stable URI under https://storesphere.dev/problems/ naming the kind of problem").format("uri"));
		properties.put("title", text("A short summary of the kind of problem"));
		properties.put("status", typed("integer").format("int32").description("The HTTP status"));
		properties.put("detail", text("What went wrong, for a person to act on"));
		properties.put("instance", text("The path of the request").format("uri-reference"));
		Map<String, Schema> error = new LinkedHashMap<>();
		error.put("field", text("The field or parameter at fault, e.g. payment.cardNumber"));
		error.put("message", text("What is wrong with it"));
		properties.put("errors", typed("array").description("Each field at fault, for invalid input")
			.items(typed("object").properties(error).required(List.of("field", "message"))));
		return typed("object").description("An RFC 9457 problem; other members give details of its type")
			.properties(properties)
			.required(List.of("type", "title", "status", "detail"))
			.additionalProperties(Boolean.TRUE);
	}

	private static Schema<Object> text(String description) {
		return typed("string").description(description);
	}

	/** Typed for OpenAPI 3.0 ({@code type}) and 3.1 ({@code types}) alike. */
	private static Schema<Object> typed(String type) {
		return new Schema<>().type(type).typesItem(type);
	}

	private record Open(HttpMethod method, PathPattern pattern) {

	}

}
