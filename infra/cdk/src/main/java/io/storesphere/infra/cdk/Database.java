package io.storesphere.infra.cdk;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.storesphere.topology.Environment;
import software.constructs.Construct;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.IConnectable;
import software.amazon.awscdk.services.ec2.InstanceClass;
import software.amazon.awscdk.services.ec2.InstanceSize;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.ecs.ContainerDefinition;
import software.amazon.awscdk.services.ecs.ContainerDefinitionOptions;
import software.amazon.awscdk.services.ecs.ContainerDependency;
import software.amazon.awscdk.services.ecs.ContainerDependencyCondition;
import software.amazon.awscdk.services.ecs.ContainerImage;
import software.amazon.awscdk.services.ecs.LogDriver;
import software.amazon.awscdk.services.ecs.FargateTaskDefinition;
import software.amazon.awscdk.services.ecs.Secret;
import software.amazon.awscdk.services.ecr.IRepository;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.CredentialsBaseOptions;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.DatabaseSecret;
import software.amazon.awscdk.services.rds.IInstanceEngine;
import software.amazon.awscdk.services.rds.MySqlInstanceEngineProps;
import software.amazon.awscdk.services.rds.MysqlEngineVersion;
import software.amazon.awscdk.services.rds.ParameterGroup;
import software.amazon.awscdk.services.rds.StorageType;
import software.amazon.awscdk.services.secretsmanager.ISecret;

/**
 * One RDS MySQL 8.4 instance holding a separate database and user per owning service
 * (identity, analytics): private subnets only, encrypted, TLS required, backed up for
 * seven days, deletion-protected.
 *
 * <p>
 * Each owning service's task runs a short-lived {@code db-init} container before the
 * application (container dependency {@code SUCCESS}): with the master credentials, which
 * only that container sees, it creates the service's database and user if missing and
 * sets the user's password from the service's own secret. It is idempotent, so it runs on
 * every task start and also applies a rotated password; and it needs no Lambda and no
 * manual step, and orders itself before the service without a deployment race.
 */
public class Database extends Construct {

	private static final String INIT_SCRIPT = """
			set -eu
			# The master password goes to an option file, never to the command line.
			printf '[client]\\npassword=%s\\n' "$MASTER_PASSWORD" > /tmp/master.cnf
			for attempt in 1 2 3 4 5 6; do
			  if mysql --defaults-extra-file=/tmp/master.cnf --host="$DB_HOST" --port="$DB_PORT" \\
			      --user="$MASTER_USER" --ssl-mode=REQUIRED --connect-timeout=10 <<SQL
			CREATE DATABASE IF NOT EXISTS \\`$DB_NAME\\` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
			CREATE USER IF NOT EXISTS '$DB_USER'@'%' IDENTIFIED BY '$APP_PASSWORD' REQUIRE SSL;
			ALTER USER '$DB_USER'@'%' IDENTIFIED BY '$APP_PASSWORD' REQUIRE SSL;
			GRANT ALL PRIVILEGES ON \\`$DB_NAME\\`.* TO '$DB_USER'@'%';
			SQL
			  then echo "database $DB_NAME and user $DB_USER are in place"; exit 0; fi
			  sleep 10
			done
			exit 1
			""";

	private final DatabaseInstance instance;

	private final Map<String, ISecret> userSecrets = new LinkedHashMap<>();

	private final IRepository clientImage;

	public Database(Construct scope, String id, Environment environment, Vpc vpc, boolean multiAz,
			List<String> databases, IRepository clientImage) {
		super(scope, id);
		this.clientImage = clientImage;
		IInstanceEngine engine = DatabaseInstanceEngine
			.mysql(MySqlInstanceEngineProps.builder().version(MysqlEngineVersion.VER_8_4_10).build());
		SecurityGroup securityGroup = SecurityGroup.Builder.create(this, "SecurityGroup")
			.vpc(vpc)
			.description("MySQL: reachable from the owning services only")
			.allowAllOutbound(false)
			.build();
		String instanceIdentifier = environment.name() + "-storesphere";
		this.instance = DatabaseInstance.Builder.create(this, "Instance")
			.instanceIdentifier(instanceIdentifier)
			.engine(engine)
			.instanceType(InstanceType.of(InstanceClass.BURSTABLE4_GRAVITON, InstanceSize.SMALL))
			.vpc(vpc)
			.vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build())
			.securityGroups(List.of(securityGroup))
			.publiclyAccessible(false)
			.multiAz(multiAz)
			.credentials(Credentials.fromGeneratedSecret("storesphere_admin",
					CredentialsBaseOptions.builder().secretName(environment.name() + "/storesphere/db-master").build()))
			.storageEncrypted(true)
			.storageType(StorageType.GP3)
			.allocatedStorage(20)
			.maxAllocatedStorage(100)
			.backupRetention(Duration.days(7))
			.deleteAutomatedBackups(false)
			.copyTagsToSnapshot(true)
			.autoMinorVersionUpgrade(true)
			.deletionProtection(true)
			.removalPolicy(RemovalPolicy.SNAPSHOT)
			.cloudwatchLogsExports(List.of("error"))
			.parameterGroup(ParameterGroup.Builder.create(this, "Parameters")
				.engine(engine)
				.description("StoreSphere MySQL: TLS only")
				.parameters(Map.of("require_secure_transport", "1"))
				.build())
			.build();
		// The exported error log, with a retention. It must exist before the instance:
		// RDS would otherwise create it (without one) and this would then fail.
		LogGroup errorLog = LogGroup.Builder.create(this, "ErrorLog")
			.logGroupName("/aws/rds/instance/" + instanceIdentifier + "/error")
			.retention(RetentionDays.ONE_MONTH)
			.removalPolicy(RemovalPolicy.DESTROY)
			.build();
		this.instance.getNode().addDependency(errorLog);
		for (String database : databases) {
			DatabaseSecret secret = DatabaseSecret.Builder.create(this, "User-" + database)
				.secretName(environment.name() + "/storesphere/db-" + database)
				.username(database)
				.dbname(database)
				.build();
			this.userSecrets.put(database, secret.attach(this.instance));
		}
	}

	/** Lets a service's tasks reach MySQL. */
	public void allowFrom(IConnectable service, String description) {
		this.instance.getConnections().allowFrom(service, Port.tcp(3306), description);
	}

	/** The JDBC URL of one service's database, TLS required. */
	public String jdbcUrl(String database) {
		return "jdbc:mysql://" + this.instance.getDbInstanceEndpointAddress() + ":"
				+ this.instance.getDbInstanceEndpointPort() + "/" + database + "?sslMode=REQUIRED";
	}

	/** The service's own password, for {@code SPRING_DATASOURCE_PASSWORD}. */
	public Secret password(String database) {
		return Secret.fromSecretsManager(this.userSecrets.get(database), "password");
	}

	public ISecret userSecret(String database) {
		return this.userSecrets.get(database);
	}

	public DatabaseInstance instance() {
		return this.instance;
	}

	/**
	 * Adds the {@code db-init} container to a service's task and makes the application
	 * wait for its success.
	 */
	public void addInitContainer(FargateTaskDefinition task, ContainerDefinition application, String database,
			LogGroup logGroup) {
		ISecret master = this.instance.getSecret();
		ContainerDefinition init = task.addContainer("db-init",
				ContainerDefinitionOptions.builder()
					.containerName("db-init")
					.image(ContainerImage.fromEcrRepository(this.clientImage, FoundationStack.DB_INIT_TAG))
					.essential(false)
					.user("mysql")
					.memoryLimitMiB(128)
					.entryPoint(List.of("sh", "-c"))
					.command(List.of(INIT_SCRIPT))
					.environment(Map.of("DB_HOST", this.instance.getDbInstanceEndpointAddress(), "DB_PORT",
							this.instance.getDbInstanceEndpointPort(), "DB_NAME", database, "DB_USER", database))
					.secrets(Map.of("MASTER_USER", Secret.fromSecretsManager(master, "username"), "MASTER_PASSWORD",
							Secret.fromSecretsManager(master, "password"), "APP_PASSWORD", password(database)))
					.logging(LogDriver.awsLogs(software.amazon.awscdk.services.ecs.AwsLogDriverProps.builder()
						.logGroup(logGroup)
						.streamPrefix("db-init")
						.build()))
					.build());
		application.addContainerDependencies(
				ContainerDependency.builder().container(init).condition(ContainerDependencyCondition.SUCCESS).build());
	}

}
