package io.storesphere.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The wire format is what the golden files say: every consumer of every service reads
 * these bytes, so a change here is a change of contract.
 */
class GoldenSamplesTest {

	private final EventCodec codec = new EventCodec();

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void everyEventTypeHasAGoldenSample() {
		for (EventType type : EventType.values()) {
			assertThat(Samples.BY_TYPE).as(type.wireName()).containsKey(type);
			assertThat(golden(type)).as(type.wireName()).isNotBlank();
		}
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void serialisingTheRecordGivesTheGoldenJson(EventType type) {
		JsonNode written = this.json.readTree(this.codec.encode(Samples.BY_TYPE.get(type)));
		assertThat(written).isEqualTo(this.json.readTree(golden(type)));
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void theGoldenJsonDeserialisesToAnEqualRecord(EventType type) {
		EventEnvelope<?> decoded = this.codec.decode(golden(type));
		assertThat(decoded).isEqualTo(Samples.BY_TYPE.get(type));
		assertThat(decoded.payload()).isInstanceOf(type.payloadType());
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void unknownExtraFieldsAreTolerated(EventType type) {
		ObjectNode sample = (ObjectNode) this.json.readTree(golden(type));
		sample.put("addedInALaterRelease", "ignored");
		((ObjectNode) sample.get("payload")).putObject("newNestedThing").put("x", 1);
		assertThat(this.codec.decode(sample.toString())).isEqualTo(Samples.BY_TYPE.get(type));
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void eachMissingRequiredFieldIsAClearError(EventType type) {
		List<String> fields = new ArrayList<>();
		this.json.readTree(golden(type)).get("payload").propertyNames().forEach(fields::add);
		for (String field : fields) {
			ObjectNode sample = (ObjectNode) this.json.readTree(golden(type));
			((ObjectNode) sample.get("payload")).remove(field);
			assertThatThrownBy(() -> this.codec.decode(sample.toString())).as("without " + field)
				.isInstanceOf(EventDecodingException.class)
				.hasMessageContaining(type.wireName())
				.hasMessageContaining("'" + field + "'");
		}
	}

	@ParameterizedTest
	@EnumSource(EventType.class)
	void aMissingEnvelopeFieldIsAClearError(EventType type) {
		for (String field : List.of("eventId", "occurredAt", "producer", "correlationId", "payload")) {
			ObjectNode sample = (ObjectNode) this.json.readTree(golden(type));
			sample.remove(field);
			assertThatThrownBy(() -> this.codec.decode(sample.toString())).as("without " + field)
				.isInstanceOf(EventDecodingException.class)
				.hasMessageContaining("'" + field + "'");
		}
	}

	@Test
	void aMissingFieldInsideALineIsNamedWithItsPlace() {
		ObjectNode sample = (ObjectNode) this.json.readTree(golden(EventType.ORDER_PLACED));
		((ObjectNode) sample.get("payload").get("lines").get(1)).remove("quantity");
		assertThatThrownBy(() -> this.codec.decode(sample.toString())).isInstanceOf(EventDecodingException.class)
			.hasMessageContaining("checkout.order-placed.v1")
			.hasMessageContaining("quantity")
			.hasMessageContaining("lines");
	}

	private static String golden(EventType type) {
		String resource = "/golden/" + type.wireName() + ".json";
		try (InputStream in = GoldenSamplesTest.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No golden sample " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
