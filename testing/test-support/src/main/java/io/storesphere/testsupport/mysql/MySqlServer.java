package io.storesphere.testsupport.mysql;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;

/** The MySQL-compatible server of this test JVM, and the schemas it created there. */
public final class MySqlServer {

	/**
	 * {@code testcontainers} runs MySQL 8.4 in a container; anything else uses a running
	 * server.
	 */
	public static final String MODE_PROPERTY = "storesphere.test.mysql";

	static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/";

	private static MySqlServer instance;

	private final String serverUrl;

	private final String user;

	private final String password;

	private final List<String> schemas = new ArrayList<>();

	private MySqlServer(String serverUrl, String user, String password) {
		this.serverUrl = serverUrl.endsWith("/") ? serverUrl : serverUrl + "/";
		this.user = user;
		this.password = password;
	}

	public static synchronized MySqlServer get() {
		if (instance == null) {
			instance = "testcontainers".equalsIgnoreCase(System.getProperty(MODE_PROPERTY)) ? fromContainer()
					: new MySqlServer(env("STORESPHERE_TEST_MYSQL_URL", DEFAULT_URL),
							env("STORESPHERE_TEST_MYSQL_USER", "root"), env("STORESPHERE_TEST_MYSQL_PASSWORD", ""));
			Runtime.getRuntime().addShutdownHook(new Thread(instance::dropSchemas, "mysql-schema-cleanup"));
		}
		return instance;
	}

	/** Creates an empty schema and returns its JDBC URL. */
	public synchronized Schema createSchema() {
		byte[] random = new byte[5];
		ThreadLocalRandom.current().nextBytes(random);
		String name = "ss_test_" + HexFormat.of().formatHex(random);
		execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		this.schemas.add(name);
		return new Schema(name, this.serverUrl + name, this.user, this.password);
	}

	private synchronized void dropSchemas() {
		for (String schema : this.schemas) {
			try {
				execute("DROP DATABASE IF EXISTS " + schema);
			}
			catch (IllegalStateException ignored) {
				// the server may already be gone at JVM exit; a leftover test schema is
				// harmless
			}
		}
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(this.serverUrl, this.user, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot use the MySQL-compatible database at " + this.serverUrl + " as '"
					+ this.user + "' (" + ex.getMessage() + "). Start the local MariaDB (start-stop-daemon --start"
					+ " --oknodo --background --exec /usr/sbin/mariadbd), or set STORESPHERE_TEST_MYSQL_URL,"
					+ " _USER and _PASSWORD to a server where that user may create databases, or pass -D"
					+ MODE_PROPERTY + "=testcontainers where Docker runs.", ex);
		}
	}

	@SuppressWarnings("resource") // stopped by Testcontainers' reaper when the JVM ends
	private static MySqlServer fromContainer() {
		if (!DockerClientFactory.instance().isDockerAvailable()) {
			throw new IllegalStateException("-D" + MODE_PROPERTY + "=testcontainers needs a Docker engine and none is"
					+ " reachable. Start Docker, or drop the property to use the MariaDB on 127.0.0.1:3306.");
		}
		MySQLContainer mysql = new MySQLContainer("mysql:8.4");
		mysql.start();
		String url = "jdbc:mysql://" + mysql.getHost() + ":" + mysql.getMappedPort(3306) + "/";
		return new MySqlServer(url, "root", mysql.getPassword());
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	/** A schema created for one test class. */
	public record Schema(String name, String jdbcUrl, String user, String password) {

	}

}
