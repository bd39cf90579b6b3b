package io.storesphere.events;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes {@link EventEnvelope}s as JSON. Thread-safe; create one and share it.
 *
 * <p>
 * Decoding picks the payload record from the envelope's {@code eventType}, tolerates
 * fields it does not know (producers evolve additively) and fails with an
 * {@link EventDecodingException} that names the event type and the missing or malformed
 * field.
 */
public final class EventCodec {

	private final JsonMapper mapper;

	public EventCodec() {
		this.mapper = JsonMapper.builder()
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
			// Money as "12.50": exact in every consumer, JavaScript included.
			.withConfigOverride(BigDecimal.class,
					(override) -> override.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
			.build();
	}

	public String encode(EventEnvelope<?> envelope) {
		return this.mapper.writeValueAsString(envelope);
	}

	/** Decodes any known event; the payload's class follows from the envelope's type. */
	public EventEnvelope<?> decode(String json) {
		EventType type = typeOf(json);
		JavaType envelopeType = this.mapper.getTypeFactory()
			.constructParametricType(EventEnvelope.class, type.payloadType());
		try {
			return this.mapper.readValue(json, envelopeType);
		}
		catch (JacksonException ex) {
			throw new EventDecodingException(type.wireName() + " event is invalid: " + describe(ex), ex);
		}
	}

	/** Decodes an event that must be of the given payload type. */
	@SuppressWarnings("unchecked")
	public <T extends IntegrationEvent> EventEnvelope<T> decode(String json, Class<T> payloadType) {
		EventEnvelope<?> envelope = decode(json);
		if (!payloadType.isInstance(envelope.payload())) {
			throw new EventDecodingException("Expected " + EventType.of(payloadType) + " but got " + envelope.type());
		}
		return (EventEnvelope<T>) envelope;
	}

	/** Reads only the envelope's type, e.g. to route a message before decoding it. */
	public EventType typeOf(String json) {
		JsonNode root;
		try {
			root = this.mapper.readTree(json);
		}
		catch (JacksonException ex) {
			throw new EventDecodingException("Event is not valid JSON: " + ex.getOriginalMessage(), ex);
		}
		if (root == null || !root.isObject()) {
			throw new EventDecodingException("Event is not a JSON object");
		}
		JsonNode typeNode = root.get("eventType");
		if (typeNode == null || !typeNode.isString()) {
			throw new EventDecodingException("Event has no eventType: missing required field 'eventType'");
		}
		String wireName = typeNode.asString();
		return EventType.fromWireName(wireName)
			.orElseThrow(() -> new EventDecodingException("Unknown event type '" + wireName + "'"));
	}

	private static String describe(JacksonException ex) {
		String location = location(ex);
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof IllegalArgumentException invalid && !(cause instanceof JacksonException)) {
				return invalid.getMessage() + location;
			}
		}
		if (ex instanceof MismatchedInputException && ex.getOriginalMessage().startsWith("Missing required creator")) {
			String field = ex.getPath().isEmpty() ? "?" : ex.getPath().get(ex.getPath().size() - 1).getPropertyName();
			return "missing required field '" + field + "'" + location;
		}
		return ex.getOriginalMessage() + location;
	}

	/** The JSON location, e.g. {@code " at payload.lines[1].quantity"}. */
	private static String location(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "" : " at " + path;
	}

}
