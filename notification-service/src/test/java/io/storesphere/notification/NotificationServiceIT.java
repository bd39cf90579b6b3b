package io.storesphere.notification;

import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.service.OperableServiceContract;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notification service boots against the AWS emulators and answers operators as every
 * service must.
 */
@UseAwsEmulators
class NotificationServiceIT extends OperableServiceContract {

	NotificationServiceIT() {
		super("notification-service");
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() {
		Response doc = HttpProbe.get(baseUrl() + "/v3/api-docs");
		assertThat(doc.status()).isEqualTo(200);
		assertThat(doc.body()).contains("\"openapi\":\"3.")
			.contains("StoreSphere notification-service API")
			.contains("\"/api/admin/alerts\"")
			.contains("\"/api/admin/notifications\"");
	}

	/**
	 * What the document says is what the service answers: the gateway as the only server,
	 * the real success statuses, JSON bodies, and problems for errors.
	 */
	@Test
	void theOpenApiDocumentTellsTheStatusesAndMediaTypesTheServiceAnswers() {
		JsonNode doc = JsonMapper.shared().readTree(HttpProbe.get(baseUrl() + "/v3/api-docs").body());

		assertThat(doc.get("servers").size()).isEqualTo(1);
		assertThat(doc.at("/servers/0/url").asString()).isEqualTo("/");
		JsonNode alerts = doc.at("/paths/~1api~1admin~1alerts/get/responses");
		assertThat(alerts.propertyNames()).containsExactly("200", "400", "401", "403", "414", "503");
		assertThat(alerts.at("/200/content").propertyNames()).containsExactly("application/json");
		assertThat(alerts.at("/400/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
	}

}
