package io.storesphere.identity;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.storesphere.identity.account.AdminAccounts;
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
 * Identity boots against MySQL and the AWS emulators and answers operators as every
 * service must.
 */
@UseAwsEmulators
@UseMySql
class IdentityServiceIT extends OperableServiceContract {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private AdminAccounts admins;

	IdentityServiceIT() {
		super("identity-service");
	}

	/** Identity trusts only tokens it signed itself. */
	@Override
	protected String customerToken() {
		return new IdentityApi(baseUrl()).newCustomerToken();
	}

	@Override
	protected String adminToken() {
		return new IdentityApi(baseUrl()).adminToken();
	}

	@Test
	void keepsItsDataInTheMySqlCompatibleTestSchema() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).containsAnyOf("MariaDB", "MySQL");
			assertThat(connection.getCatalog()).startsWith("ss_test_");
		}
	}

	@Test
	void theAdminBootstrapIsIdempotentAndFollowsAChangedSecret() {
		IdentityApi api = new IdentityApi(baseUrl());
		assertThat(this.admins.ensure(IdentityApi.ADMIN_EMAIL, "Administrator", IdentityApi.ADMIN_PASSWORD))
			.isEqualTo(AdminAccounts.Outcome.UNCHANGED);

		assertThat(this.admins.ensure(IdentityApi.ADMIN_EMAIL, "Administrator", "Rotated-Secret-2027"))
			.isEqualTo(AdminAccounts.Outcome.UPDATED);
		try {
			assertThat(api.login(IdentityApi.ADMIN_EMAIL, "Rotated-Secret-2027").status()).isEqualTo(200);
			assertThat(api.login(IdentityApi.ADMIN_EMAIL, IdentityApi.ADMIN_PASSWORD).status()).isEqualTo(401);
		}
		finally {
			this.admins.ensure(IdentityApi.ADMIN_EMAIL, "Administrator", IdentityApi.ADMIN_PASSWORD);
		}
	}

	@Test
	void theOpenApiDocumentDescribesTheApi() {
		Response doc = HttpProbe.get(baseUrl() + "/v3/api-docs");
		assertThat(doc.status()).isEqualTo(200);
		assertThat(doc.body()).contains("\"openapi\":\"3.")
			.contains("StoreSphere identity-service API")
			.contains("\"/api/auth/signup\"")
			.contains("\"/api/auth/login\"")
			.contains("\"/api/auth/me\"");
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
		assertThat(doc.get("paths").has("/.well-known/jwks.json")).isFalse();
		JsonNode signUp = doc.at("/paths/~1api~1auth~1signup/post");
		assertThat(signUp.get("responses").propertyNames()).containsExactly("201", "400", "406", "409", "414", "415",
				"429", "503");
		assertThat(signUp.at("/responses/201/content").propertyNames()).containsExactly("application/json");
		assertThat(signUp.has("security")).isFalse();
		assertThat(signUp.get("responses").at("/400/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
		JsonNode login = doc.at("/paths/~1api~1auth~1login/post/responses");
		assertThat(login.propertyNames()).contains("200", "401", "423", "429");
		assertThat(login.at("/200/content").propertyNames()).containsExactly("application/json");
		assertThat(doc.at("/paths/~1api~1auth~1me/get/responses").propertyNames()).containsExactly("200", "401", "404",
				"414", "503");
	}

}
