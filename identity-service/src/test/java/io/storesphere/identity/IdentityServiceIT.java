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

}
