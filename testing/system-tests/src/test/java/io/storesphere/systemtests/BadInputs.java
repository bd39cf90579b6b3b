package io.storesphere.systemtests;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Generates malformed requests from a table of the public API's write endpoints: for each
 * endpoint a valid request, and the kind of every field in its body; the generator breaks
 * one thing at a time (the JSON, the media type, a field's type, presence, length, range
 * or characters, a path id, the token, a required header). Every case it makes is one the
 * API must refuse: the valid requests themselves are never sent.
 */
final class BadInputs {

	/** What a field holds, which decides how it can be broken. */
	enum Kind {

		/** Free text that may hold newlines and tabs (a description). */
		TEXT,
		/** A name a person reads: no control characters. */
		NAME,
		/** An e-mail address. */
		EMAIL,
		/** A secret of at least 10 characters. */
		PASSWORD,
		/** A product id. */
		ID,
		/** A whole number. */
		INTEGER,
		/** An amount of money, a JSON number with at most two decimals. */
		MONEY,
		/** A JSON boolean. */
		BOOLEAN,
		/** The digits of a card. */
		CARD_NUMBER,
		/** A list of ids. */
		ID_LIST

	}

	/**
	 * A field of a request body; a dotted name is nested ({@code payment.cvc}).
	 *
	 * @param name its JSON name
	 * @param kind what it holds
	 * @param required whether leaving it out is an error
	 * @param min the least value or length it takes, or {@code null}
	 * @param max the most, or {@code null}
	 */
	record Field(String name, Kind kind, boolean required, Long min, Long max) {

		static Field required(String name, Kind kind, Long min, Long max) {
			return new Field(name, kind, true, min, max);
		}

		static Field optional(String name, Kind kind, Long min, Long max) {
			return new Field(name, kind, false, min, max);
		}

	}

	/** Who sends a request. */
	enum Caller {

		ANONYMOUS, CUSTOMER, ADMIN

	}

	/**
	 * A write endpoint of the public API.
	 *
	 * @param method the HTTP method
	 * @param path the path, with a real id where it takes one
	 * @param id the id in the path, replaced by broken ones, or {@code null}
	 * @param caller who may call it
	 * @param body a valid body (built anew for each case), or {@code null} when it takes
	 * none
	 * @param fields the body's fields
	 * @param headers headers a valid request carries (built anew for each case)
	 */
	record Endpoint(String method, String path, String id, Caller caller, Supplier<Map<String, Object>> body,
			List<Field> fields, Supplier<Map<String, String>> headers) {

		String name() {
			return this.method + " " + this.path.replace(String.valueOf(this.id), "{id}");
		}

	}

	/**
	 * One malformed request.
	 *
	 * @param endpoint what it targets
	 * @param broken what is wrong with it, for the failure message
	 * @param path the path it is sent to
	 * @param caller whose token it carries, or {@code null} for {@link #authorization}
	 * @param authorization the raw Authorization header when {@code caller} is null
	 * @param contentType its Content-Type, or {@code null} for none
	 * @param body its bytes, or {@code null} for none
	 * @param headers more headers
	 */
	record Case(Endpoint endpoint, String broken, String path, Caller caller, String authorization, String contentType,
			byte[] body, Map<String, String> headers) {

		@Override
		public String toString() {
			return this.endpoint.name() + " with " + this.broken;
		}

	}

	static final String JSON = "application/json";

	private final String nonce;

	private final String realToken;

	BadInputs(String nonce, String realToken) {
		this.nonce = nonce;
		this.realToken = realToken;
	}

	/** Every case for every endpoint. */
	List<Case> all(List<Endpoint> endpoints) {
		List<Case> cases = new ArrayList<>();
		for (Endpoint endpoint : endpoints) {
			cases.addAll(of(endpoint));
		}
		return cases;
	}

	/** Every case for one endpoint. */
	List<Case> of(Endpoint endpoint) {
		List<Case> cases = new ArrayList<>();
		if (endpoint.body() != null) {
			brokenJson(endpoint, cases);
			wrongMediaTypes(endpoint, cases);
			for (Field field : endpoint.fields()) {
				brokenField(endpoint, field, cases);
			}
		}
		if (endpoint.id() != null) {
			brokenIds(endpoint, cases);
		}
		if (endpoint.caller() != Caller.ANONYMOUS) {
			brokenTokens(endpoint, cases);
		}
		for (String header : endpoint.headers().get().keySet()) {
			brokenHeader(endpoint, header, cases);
		}
		return cases;
	}

	private void brokenJson(Endpoint endpoint, List<Case> cases) {
		String valid = Api.JSON.writeValueAsString(endpoint.body().get());
		Map<String, String> bodies = new LinkedHashMap<>();
		bodies.put("an empty body", "");
		bodies.put("an unfinished object", "{");
		bodies.put("a lone closing brace", "}");
		bodies.put("an array", "[]");
		bodies.put("null", "null");
		bodies.put("a string", "\"text\"");
		bodies.put("a number", "42");
		bodies.put("a missing value", "{\"a\":}");
		bodies.put("a trailing comma", valid.substring(0, valid.length() - 1) + ",}");
		bodies.put("text after the object", valid + "x");
		bodies.put("a second object", valid + valid);
		bodies.put("single quotes", valid.replace('"', '\''));
		bodies.put("an unquoted NaN", "{\"value\": NaN}");
		bodies.put("arrays nested 5000 deep", "[".repeat(5000) + "]".repeat(5000));
		bodies.put("the object cut in half", valid.substring(0, valid.length() / 2));
		for (Map.Entry<String, String> body : bodies.entrySet()) {
			cases.add(json(endpoint, body.getKey(), body.getValue().getBytes(StandardCharsets.UTF_8)));
		}
		cases.add(json(endpoint, "bytes that are not UTF-8",
				new byte[] { '{', '"', (byte) 0xff, (byte) 0xfe, '"', ':', '1', '}' }));
	}

	private void wrongMediaTypes(Endpoint endpoint, List<Case> cases) {
		byte[] valid = Api.JSON.writeValueAsBytes(endpoint.body().get());
		for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
				"multipart/form-data", "application/json; charset=not-a-charset", "not a media type",
				"application/octet-stream")) {
			cases.add(new Case(endpoint, "Content-Type " + type, endpoint.path(), endpoint.caller(), null, type, valid,
					endpoint.headers().get()));
		}
		cases.add(new Case(endpoint, "no Content-Type", endpoint.path(), endpoint.caller(), null, null, valid,
				endpoint.headers().get()));
		// An answer nobody can read must be refused before anything is written.
		Map<String, String> xmlOnly = new LinkedHashMap<>(endpoint.headers().get());
		xmlOnly.put("Accept", "application/xml");
		cases.add(new Case(endpoint, "Accept application/xml only", endpoint.path(), endpoint.caller(), null, JSON,
				valid, xmlOnly));
	}

	private void brokenField(Endpoint endpoint, Field field, List<Case> cases) {
		if (field.required()) {
			cases.add(withField(endpoint, field, "left out", Absent.VALUE));
			cases.add(withField(endpoint, field, "null", null));
		}
		Map<String, Object> values = new LinkedHashMap<>();
		switch (field.kind()) {
			case TEXT, NAME, EMAIL, PASSWORD, ID, CARD_NUMBER -> {
				values.put("a number", 12);
				values.put("a boolean", true);
				values.put("an array", List.of("a"));
				values.put("an object", Map.of("a", "b"));
				if (field.max() != null) {
					values.put("one character too long",
							this.nonce + "x".repeat((int) (field.max() + 1) - this.nonce.length()));
				}
				if (field.required()) {
					values.put("empty", "");
				}
			}
			case INTEGER -> {
				values.put("a string of digits", "1");
				values.put("full-width digits", "１２");
				values.put("a fraction", 1.5);
				values.put("1e308", 1e308);
				values.put("a number beyond a long", new java.math.BigInteger("-9223372036854775809"));
				values.put("a boolean", true);
				values.put("an array", List.of(1));
				if (field.min() != null) {
					values.put("below its least value", field.min() - 1);
				}
				if (field.max() != null) {
					values.put("above its greatest value", field.max() + 1);
				}
			}
			case MONEY -> {
				values.put("a string", "12.50");
				values.put("three decimals", new java.math.BigDecimal("1.234"));
				values.put("zero", 0);
				values.put("a negative amount", -1);
				values.put("1e308", 1e308);
				values.put("a boolean", false);
				values.put("an object", Map.of("amount", 1));
			}
			case BOOLEAN -> {
				values.put("the string true", "true");
				values.put("the number 1", 1);
			}
			case ID_LIST -> {
				values.put("a string", "id");
				values.put("numbers", List.of(1, 2));
				values.put("a list of objects", List.of(Map.of("id", "x")));
			}
		}
		if (field.kind() == Kind.NAME || field.kind() == Kind.EMAIL) {
			String domain = (field.kind() == Kind.EMAIL) ? "@example.com" : "";
			values.put("a NUL character", this.nonce + "a\u0000b" + domain);
			values.put("a bell character", this.nonce + "a\u0007b" + domain);
			values.put("an escape sequence", this.nonce + "\u001b[31mred" + domain);
		}
		if (field.kind() == Kind.NAME || field.kind() == Kind.ID || field.kind() == Kind.CARD_NUMBER) {
			if (field.required()) {
				values.put("only spaces", "   ");
			}
		}
		if (field.kind() == Kind.EMAIL) {
			values.put("not an address", "not-an-address-" + this.nonce);
			values.put("no local part", "@example.com");
		}
		if (field.kind() == Kind.PASSWORD) {
			values.put("nine characters", "123456789");
		}
		if (field.kind() == Kind.ID) {
			values.put("a product that does not exist", "no-such-product-" + this.nonce);
		}
		if (field.kind() == Kind.CARD_NUMBER) {
			values.put("SQL", "' OR 1=1 --");
			values.put("an emoji", "4242 4242 4242 424\uD83D\uDCB3");
			values.put("1e308 as text", "1e308");
			values.put("full-width digits", "４２４２４２４２４２４２４２４２");
			values.put("a negative JSON number", new java.math.BigInteger("-9223372036854775809"));
			values.put("the digits as a JSON number", 4242424242424242L);
			values.put("letters", "abcd efgh ijkl mnop");
		}
		for (Map.Entry<String, Object> value : values.entrySet()) {
			cases.add(withField(endpoint, field, value.getKey(), value.getValue()));
		}
	}

	private void brokenIds(Endpoint endpoint, List<Case> cases) {
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put("a blank id", "%20");
		ids.put("an id of 5000 characters", "x".repeat(5000));
		ids.put("an id that is not UTF-8", "%ff%fe");
		ids.put("an encoded NUL in the id", "a%00b");
		ids.put("an encoded slash in the id", "a%2fb");
		ids.put("a matrix parameter", endpoint.id() + ";x=1");
		ids.put("a dot segment", "..%2f..%2fadmin");
		ids.put("a control character", "a%07b");
		for (Map.Entry<String, String> id : ids.entrySet()) {
			Map<String, Object> body = endpoint.body() != null ? endpoint.body().get() : null;
			cases.add(new Case(endpoint, id.getKey(), endpoint.path().replace(endpoint.id(), id.getValue()),
					endpoint.caller(), null, (body != null) ? JSON : null,
					(body != null) ? Api.JSON.writeValueAsBytes(body) : null, endpoint.headers().get()));
		}
	}

	private void brokenTokens(Endpoint endpoint, List<Case> cases) {
		Map<String, String> tokens = new LinkedHashMap<>();
		tokens.put("no token", null);
		tokens.put("a token that is not a JWT", "Bearer not-a-token");
		tokens.put("a token with a forged signature", "Bearer " + forged(this.realToken));
		tokens.put("a token without its signature", "Bearer " + unsigned(this.realToken));
		tokens.put("Basic credentials", "Basic YWRtaW46YWRtaW4=");
		tokens.put("an empty bearer", "Bearer ");
		for (Map.Entry<String, String> token : tokens.entrySet()) {
			cases.add(caseWith(endpoint, token.getKey(), null, token.getValue()));
		}
		if (endpoint.caller() == Caller.ADMIN) {
			cases.add(caseWith(endpoint, "a customer's token", Caller.CUSTOMER, null));
		}
	}

	private void brokenHeader(Endpoint endpoint, String header, List<Case> cases) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("left out", null);
		values.put("empty", "");
		values.put("of 300 characters", "k".repeat(300));
		for (Map.Entry<String, String> value : values.entrySet()) {
			Map<String, String> headers = new LinkedHashMap<>(endpoint.headers().get());
			if (value.getValue() == null) {
				headers.remove(header);
			}
			else {
				headers.put(header, value.getValue());
			}
			Map<String, Object> body = endpoint.body() != null ? endpoint.body().get() : null;
			cases.add(new Case(endpoint, header + " " + value.getKey(), endpoint.path(), endpoint.caller(), null,
					(body != null) ? JSON : null, (body != null) ? Api.JSON.writeValueAsBytes(body) : null, headers));
		}
	}

	private Case caseWith(Endpoint endpoint, String broken, Caller caller, String authorization) {
		Map<String, Object> body = endpoint.body() != null ? endpoint.body().get() : null;
		return new Case(endpoint, broken, endpoint.path(), caller, authorization, (body != null) ? JSON : null,
				(body != null) ? Api.JSON.writeValueAsBytes(body) : null, endpoint.headers().get());
	}

	private static Case json(Endpoint endpoint, String broken, byte[] body) {
		return new Case(endpoint, broken, endpoint.path(), endpoint.caller(), null, JSON, body,
				endpoint.headers().get());
	}

	private static Case withField(Endpoint endpoint, Field field, String broken, Object value) {
		Map<String, Object> body = endpoint.body().get();
		set(body, field.name(), value);
		return new Case(endpoint, field.name() + " " + broken, endpoint.path(), endpoint.caller(), null, JSON,
				Api.JSON.writeValueAsBytes(body), endpoint.headers().get());
	}

	/** Sets (or with {@link Absent} removes) a dotted field in a body of nested maps. */
	@SuppressWarnings("unchecked")
	private static void set(Map<String, Object> body, String dotted, Object value) {
		int dot = dotted.indexOf('.');
		if (dot > 0) {
			Map<String, Object> nested = new LinkedHashMap<>((Map<String, Object>) body.get(dotted.substring(0, dot)));
			body.put(dotted.substring(0, dot), nested);
			set(nested, dotted.substring(dot + 1), value);
		}
		else if (value == Absent.VALUE) {
			body.remove(dotted);
		}
		else {
			body.put(dotted, value);
		}
	}

	/** A real token whose signature's first character is changed. */
	private static String forged(String token) {
		int signature = token.lastIndexOf('.') + 1;
		char first = token.charAt(signature);
		return token.substring(0, signature) + ((first == 'A') ? 'B' : 'A') + token.substring(signature + 1);
	}

	/** A real token with {@code alg: none} and no signature. */
	private static String unsigned(String token) {
		String header = java.util.Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
		String payload = token.split("\\.")[1];
		return header + "." + payload + ".";
	}

	/** Marks a field to leave out. */
	private enum Absent {

		VALUE

	}

}
