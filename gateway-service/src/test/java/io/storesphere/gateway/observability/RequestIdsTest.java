package io.storesphere.gateway.observability;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

	@Test
	void aSaneIdFromTheCallerIsKept() {
		assertThat(RequestIds.keepOrCreate("client-req_42.a")).isEqualTo("client-req_42.a");
	}

	@Test
	void aMissingShortOrUnsafeIdIsReplacedByANewUuid() {
		for (String incoming : new String[] { null, "short", "x".repeat(65), "id-with\nnew-line",
				"<script>alert(1)</script>" }) {
			String id = RequestIds.keepOrCreate(incoming);
			assertThat(id).isNotEqualTo(incoming);
			assertThat(UUID.fromString(id)).hasToString(id);
		}
	}

}
