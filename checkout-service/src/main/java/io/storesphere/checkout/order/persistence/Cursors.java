package io.storesphere.checkout.order.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.storesphere.checkout.order.OrderQueries.InvalidCursor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opaque page cursors: for each stream of a listing (one index partition), the key of the
 * last order handed out, as base64url JSON. A cursor is checked before use: it must name
 * only the expected streams and key attributes, so a client cannot steer a query
 * elsewhere (say, to another customer's partition).
 */
final class Cursors {

	/** A stream that has nothing more. */
	static final Map<String, String> DONE = Map.of("done", "true");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<TreeMap<String, TreeMap<String, String>>> TYPE = new TypeReference<>() {
	};

	private Cursors() {
	}

	/**
	 * @return null when every stream is done
	 */
	static String encode(Map<String, Map<String, String>> positions) {
		if (positions.values().stream().allMatch(DONE::equals)) {
			return null;
		}
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(JSON.writeValueAsString(positions).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @param partitionAttribute the index's partition attribute, whose value must be the
	 * stream's name
	 * @param keyAttributes every attribute a position must have, no more
	 * @return positions by stream (empty for a null cursor)
	 */
	static Map<String, Map<String, String>> decode(String cursor, Set<String> streams, String partitionAttribute,
			Set<String> keyAttributes) {
		if (cursor == null || cursor.isBlank()) {
			return new LinkedHashMap<>();
		}
		Map<String, TreeMap<String, String>> decoded;
		try {
			decoded = JSON.readValue(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8), TYPE);
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw new InvalidCursor();
		}
		if (decoded == null || decoded.isEmpty()) {
			throw new InvalidCursor();
		}
		Map<String, Map<String, String>> positions = new LinkedHashMap<>();
		decoded.forEach((stream, position) -> {
			boolean valid = streams.contains(stream) && position != null && (position.equals(DONE)
					|| (position.keySet().equals(keyAttributes) && stream.equals(position.get(partitionAttribute))));
			if (!valid) {
				throw new InvalidCursor();
			}
			positions.put(stream, position);
		});
		return positions;
	}

	static Map<String, AttributeValue> toKey(Map<String, String> position) {
		Map<String, AttributeValue> key = new LinkedHashMap<>();
		position.forEach((name, value) -> key.put(name, AttributeValue.fromS(value)));
		return key;
	}

}
