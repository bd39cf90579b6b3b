package io.storesphere.notification;

import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.service.OperableServiceContract;
import org.junit.jupiter.api.Test;

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

}
