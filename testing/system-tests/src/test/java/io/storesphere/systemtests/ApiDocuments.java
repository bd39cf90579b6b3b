package io.storesphere.systemtests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import io.storesphere.systemtests.Api.Answer;
import tools.jackson.databind.JsonNode;

/**
 * The public API's OpenAPI documents as the gateway serves them (one per service, and the
 * gateway's own), read to check real answers against: is the status an answer had
 * documented for its operation, with the media type it came in?
 */
final class ApiDocuments {

	static final List<String> SERVICES = List.of("identity", "catalog", "cart", "checkout", "notification",
			"analytics");

	private final Map<String, JsonNode> documents = new LinkedHashMap<>();

	private final List<Operation> operations = new ArrayList<>();

	private ApiDocuments() {
	}

	/** Every document, fetched through the gateway. */
	static ApiDocuments fetch() {
		ApiDocuments api = new ApiDocuments();
		for (String service : SERVICES) {
			api.add(service, Api.anonymous().get("/v3/api-docs/" + service).expect(200).json());
		}
		api.add("gateway", Api.anonymous().get("/v3/api-docs").expect(200).json());
		return api;
	}

	Map<String, JsonNode> documents() {
		return this.documents;
	}

	private void add(String name, JsonNode document) {
		this.documents.put(name, document);
		document.path("paths").properties().forEach((path) -> path.getValue().properties().forEach((method) -> {
			String template = path.getKey();
			Pattern pattern = Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\.") + "/?");
			this.operations.add(new Operation(name, method.getKey().toUpperCase(Locale.ROOT), template, pattern,
					method.getValue()));
		}));
	}

	/** The operation documented for a request, or {@code null}. */
	Operation find(String method, String rawPath) {
		String path = rawPath.contains("?") ? rawPath.substring(0, rawPath.indexOf('?')) : rawPath;
		Operation best = null;
		for (Operation operation : this.operations) {
			if (operation.method().equals(method) && operation.pattern().matcher(path).matches()
					&& (best == null || literalLength(operation) > literalLength(best))) {
				best = operation;
			}
		}
		return best;
	}

	/**
	 * What the document of the operation does not say about this answer, or {@code null}
	 * when it says it all: the status, and for a body its media type.
	 */
	String undocumented(String method, String rawPath, Answer answer) {
		Operation operation = find(method, rawPath);
		if (operation == null) {
			return "no document describes " + method + " " + rawPath;
		}
		JsonNode response = operation.node().path("responses").path(String.valueOf(answer.status()));
		if (response.isMissingNode()) {
			return operation + " documents " + operation.node().path("responses").propertyNames() + ", not "
					+ answer.status();
		}
		String type = answer.header("Content-Type");
		if (type != null && !answer.body().isEmpty()) {
			String mediaType = type.split(";")[0].trim();
			if (!response.path("content").has(mediaType)) {
				return operation + " documents " + answer.status() + " as " + response.path("content").propertyNames()
						+ ", not " + mediaType;
			}
		}
		else if (response.has("content") && !response.path("content").isEmpty()) {
			return operation + " documents a body for " + answer.status() + ", which came without one";
		}
		return null;
	}

	private static int literalLength(Operation operation) {
		return operation.template().replaceAll("\\{[^}]+}", "").length();
	}

	/** One documented operation. */
	record Operation(String document, String method, String template, Pattern pattern, JsonNode node) {

		@Override
		public String toString() {
			return this.document + "'s " + this.method + " " + this.template;
		}

	}

}
