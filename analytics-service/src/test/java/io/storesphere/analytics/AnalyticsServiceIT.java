package io.storesphere.analytics;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.mysql.UseMySql;
import io.storesphere.testsupport.http.HttpProbe;
import io.storesphere.testsupport.http.HttpProbe.Response;
import io.storesphere.testsupport.service.OperableServiceContract;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Analytics service boots against MySQL and the AWS emulators and answers operators as
 * every service must.
 */
@UseAwsEmulators
@UseMySql
class AnalyticsServiceIT extends OperableServiceContract {

	@Autowired
	private DataSource dataSource;

	AnalyticsServiceIT() {
		super("analytics-service");
	}

	@Test
	void keepsItsDataInTheMySqlCompatibleTestSchema() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).containsAnyOf("MariaDB", "MySQL");
			assertThat(connection.getCatalog()).startsWith("ss_test_");
		}
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() {
		Response doc = HttpProbe.get(baseUrl() + "/v3/api-docs");
		assertThat(doc.status()).isEqualTo(200);
		assertThat(doc.body()).contains("\"openapi\":\"3.")
			.contains("StoreSphere analytics-service API")
			.contains("\"/api/admin/users\"")
			.contains("\"/api/admin/analytics/summary\"");
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
		JsonNode users = doc.at("/paths/~1api~1admin~1users/get/responses");
		assertThat(users.propertyNames()).containsExactly("200", "400", "401", "403", "414", "503");
		assertThat(users.at("/200/content").propertyNames()).containsExactly("application/json");
		assertThat(users.at("/400/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
		assertThat(doc.at("/paths/~1api~1admin~1analytics~1summary/get/responses").propertyNames())
			.containsExactly("200", "401", "403", "414", "503");
	}

}
