package io.storesphere.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.storesphere.testsupport.aws.AwsEmulators;
import io.storesphere.testsupport.aws.TestTopology;
import io.storesphere.testsupport.aws.UseAwsEmulators;
import io.storesphere.testsupport.mysql.UseMySql;
import io.storesphere.topology.Topology;
import io.storesphere.topology.bootstrap.AwsClients;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both annotations together give a context real emulators with the topology, and an empty
 * schema of its own.
 */
@SpringJUnitConfig(TestSupportIT.NoBeans.class)
@UseAwsEmulators
@UseMySql
class TestSupportIT {

	@Autowired
	private Environment environment;

	@Test
	void theContextPointsAtTheEmulatorsWithTheWholeTopologyInPlace() {
		String prefix = this.environment.getProperty("storesphere.environment");
		assertThat(prefix).startsWith("t");
		assertThat(this.environment.getProperty("spring.cloud.aws.sqs.endpoint"))
			.isEqualTo(AwsEmulators.endpoints().sqs().toString());
		try (AwsClients clients = TestTopology.clients(AwsEmulators.endpoints())) {
			assertThat(clients.dynamoDb().listTables().tableNames()).filteredOn((name) -> name.startsWith(prefix + "-"))
				.hasSize(Topology.storeSphere().tables().size())
				.contains(prefix + "-catalog-products");
			assertThat(clients.sqs().listQueues((request) -> request.queueNamePrefix(prefix + "-")).queueUrls())
				.hasSize(2 * Topology.storeSphere().queues().size());
		}
	}

	@Test
	void theDatasourceIsAFreshEmptySchemaOnAMySqlCompatibleServer() throws SQLException {
		String url = this.environment.getProperty("spring.datasource.url");
		try (Connection connection = DriverManager.getConnection(url,
				this.environment.getProperty("spring.datasource.username"),
				this.environment.getProperty("spring.datasource.password"))) {
			assertThat(connection.getMetaData().getDatabaseProductName()).containsAnyOf("MariaDB", "MySQL");
			assertThat(connection.getCatalog()).startsWith("ss_test_");
			try (ResultSet tables = connection.createStatement()
				.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()")) {
				tables.next();
				assertThat(tables.getInt(1)).isZero();
			}
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class NoBeans {

	}

}
